-- 0002_ordering for SQL Server: translated from the PostgreSQL script, like 0001.
-- NOT verified against a server here (see README).
CREATE TABLE [ProcessedPaymentEvents] (
    [EventId] nvarchar(255) NOT NULL,
    [Type] nvarchar(100) NOT NULL,
    [ReceivedAtUtc] datetime2 NOT NULL,
    CONSTRAINT [PK_ProcessedPaymentEvents] PRIMARY KEY ([EventId])
);
GO
CREATE TABLE [Carts] (
    [Id] uniqueidentifier NOT NULL,
    [MemberId] nvarchar(450),
    [VisitorToken] uniqueidentifier,
    [UpdatedAtUtc] datetime2 NOT NULL,
    CONSTRAINT [PK_Carts] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Carts_AspNetUsers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);
GO
CREATE TABLE [Payments] (
    [Id] uniqueidentifier NOT NULL,
    [MemberId] nvarchar(450) NOT NULL,
    [Gateway] nvarchar(20) NOT NULL,
    [AmountWon] bigint NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    [SessionId] nvarchar(255),
    [SessionUrl] nvarchar(2000),
    [PaymentIntentId] nvarchar(255),
    [CreatedAtUtc] datetime2 NOT NULL,
    [ExpiresAtUtc] datetime2 NOT NULL,
    [SettledAtUtc] datetime2,
    [RefundedWon] bigint NOT NULL,
    CONSTRAINT [PK_Payments] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Payments_AspNetUsers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION
);
GO
CREATE TABLE [CartLines] (
    [Id] int IDENTITY(1,1),
    [CartId] uniqueidentifier NOT NULL,
    [ProductId] int NOT NULL,
    [Quantity] int NOT NULL,
    CONSTRAINT [PK_CartLines] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_CartLines_Carts_CartId] FOREIGN KEY ([CartId]) REFERENCES [Carts] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_CartLines_Products_ProductId] FOREIGN KEY ([ProductId]) REFERENCES [Products] ([Id]) ON DELETE CASCADE
);
GO
CREATE TABLE [Orders] (
    [Id] int IDENTITY(1,1),
    [PaymentId] uniqueidentifier NOT NULL,
    [MemberId] nvarchar(450) NOT NULL,
    [EnterpriseId] int NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    [TotalWon] bigint NOT NULL,
    [CreatedAtUtc] datetime2 NOT NULL,
    [PaidAtUtc] datetime2,
    [ShippedAtUtc] datetime2,
    [DeliveredAtUtc] datetime2,
    [CancelledAtUtc] datetime2,
    [Carrier] nvarchar(60),
    [TrackingNumber] nvarchar(60),
    [ShipDetail] nvarchar(200) NOT NULL,
    [ShipPhone] nvarchar(20) NOT NULL,
    [ShipPostalCode] nvarchar(5) NOT NULL,
    [ShipRecipient] nvarchar(60) NOT NULL,
    [ShipRoadAddress] nvarchar(200) NOT NULL,
    CONSTRAINT [PK_Orders] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Orders_AspNetUsers_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_Orders_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_Orders_Payments_PaymentId] FOREIGN KEY ([PaymentId]) REFERENCES [Payments] ([Id]) ON DELETE NO ACTION
);
GO
CREATE TABLE [OrderLines] (
    [Id] int IDENTITY(1,1),
    [OrderId] int NOT NULL,
    [ProductId] int NOT NULL,
    [ProductName] nvarchar(200) NOT NULL,
    [UnitPriceWon] bigint NOT NULL,
    [Quantity] int NOT NULL,
    CONSTRAINT [PK_OrderLines] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_OrderLines_Orders_OrderId] FOREIGN KEY ([OrderId]) REFERENCES [Orders] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_OrderLines_Products_ProductId] FOREIGN KEY ([ProductId]) REFERENCES [Products] ([Id]) ON DELETE NO ACTION
);
GO
CREATE UNIQUE INDEX [IX_CartLines_CartId_ProductId] ON [CartLines] ([CartId], [ProductId]);
GO
CREATE INDEX [IX_CartLines_ProductId] ON [CartLines] ([ProductId]);
GO
CREATE UNIQUE INDEX [IX_Carts_MemberId] ON [Carts] ([MemberId]) WHERE [MemberId] IS NOT NULL;
GO
CREATE UNIQUE INDEX [IX_Carts_VisitorToken] ON [Carts] ([VisitorToken]) WHERE [VisitorToken] IS NOT NULL;
GO
CREATE INDEX [IX_OrderLines_OrderId] ON [OrderLines] ([OrderId]);
GO
CREATE INDEX [IX_OrderLines_ProductId] ON [OrderLines] ([ProductId]);
GO
CREATE INDEX [IX_Orders_EnterpriseId_Status] ON [Orders] ([EnterpriseId], [Status]);
GO
CREATE INDEX [IX_Orders_MemberId_CreatedAtUtc] ON [Orders] ([MemberId], [CreatedAtUtc]);
GO
CREATE INDEX [IX_Orders_PaymentId] ON [Orders] ([PaymentId]);
GO
CREATE INDEX [IX_Payments_MemberId] ON [Payments] ([MemberId]);
GO
CREATE INDEX [IX_Payments_PaymentIntentId] ON [Payments] ([PaymentIntentId]);
GO
CREATE INDEX [IX_Payments_SessionId] ON [Payments] ([SessionId]);
GO
CREATE INDEX [IX_Payments_Status_ExpiresAtUtc] ON [Payments] ([Status], [ExpiresAtUtc]);
GO
