-- 0003 for SQL Server: translated from the PostgreSQL script. NOT verified against a server here (see README).
ALTER TABLE [Products] ADD [Sku] nvarchar(60) NULL, [MinOrderQuantity] int NOT NULL CONSTRAINT [DF_Products_MinOrderQuantity] DEFAULT 1,
    [RejectionReason] nvarchar(500) NULL, [PendingName] nvarchar(200) NULL, [PendingNameEn] nvarchar(200) NULL,
    [PendingDescription] nvarchar(4000) NULL, [PendingDescriptionEn] nvarchar(4000) NULL, [PendingPrice] bigint NULL;
GO
ALTER TABLE [Products] DROP CONSTRAINT [DF_Products_MinOrderQuantity];
GO
CREATE UNIQUE INDEX [IX_Products_EnterpriseId_Sku] ON [Products] ([EnterpriseId], [Sku]) WHERE [Sku] IS NOT NULL;
GO
DROP INDEX [IX_Products_EnterpriseId] ON [Products];
GO
CREATE TABLE [ProductPriceTiers] (
    [Id] int IDENTITY(1,1),
    [MinQuantity] int NOT NULL,
    [UnitPriceWon] bigint NOT NULL,
    [ProductId] int NOT NULL,
    CONSTRAINT [PK_ProductPriceTiers] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ProductPriceTiers_Products_ProductId] FOREIGN KEY ([ProductId]) REFERENCES [Products] ([Id]) ON DELETE CASCADE
);
GO
CREATE INDEX [IX_ProductPriceTiers_ProductId] ON [ProductPriceTiers] ([ProductId]);
GO
ALTER TABLE [Orders] ADD [Version] int NOT NULL CONSTRAINT [DF_Orders_Version] DEFAULT 1;
GO
ALTER TABLE [Orders] DROP CONSTRAINT [DF_Orders_Version];
GO
