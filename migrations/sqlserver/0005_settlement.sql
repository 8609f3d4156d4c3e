-- 0005 for SQL Server: translated from the PostgreSQL script. NOT verified against a server here (see README).
CREATE TABLE [SettlementStatements] (
    [Id] int IDENTITY(1,1),
    [EnterpriseId] int NOT NULL,
    [Year] int NOT NULL,
    [Month] int NOT NULL,
    [GrossWon] bigint NOT NULL,
    [RefundsWon] bigint NOT NULL,
    [CommissionRate] decimal(6,4) NOT NULL,
    [CommissionWon] bigint NOT NULL,
    [IssuedAtUtc] datetime2 NOT NULL,
    CONSTRAINT [PK_SettlementStatements] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_SettlementStatements_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION
);
GO
CREATE UNIQUE INDEX [IX_SettlementStatements_EnterpriseId_Year_Month] ON [SettlementStatements] ([EnterpriseId], [Year], [Month]);
GO
CREATE INDEX [IX_Orders_EnterpriseId_PaidAtUtc] ON [Orders] ([EnterpriseId], [PaidAtUtc]);
GO
