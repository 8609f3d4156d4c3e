-- 0006 for SQL Server: translated from the PostgreSQL script. NOT verified against a server here (see README).
-- Note: the rollup's upsert uses INSERT ... ON CONFLICT (SQLite, PostgreSQL); SQL Server would need MERGE.
ALTER TABLE [Institutions] ADD [RejectionReason] nvarchar(500) NULL;
GO
CREATE TABLE [PlatformSettings] (
    [Id] bigint IDENTITY(1,1),
    [Key] nvarchar(60) NOT NULL,
    [Value] nvarchar(200) NOT NULL,
    [ChangedAtUtc] datetime2 NOT NULL,
    [ChangedById] nvarchar(450) NOT NULL,
    CONSTRAINT [PK_PlatformSettings] PRIMARY KEY ([Id])
);
GO
CREATE TABLE [SalesRollups] (
    [EnterpriseId] int NOT NULL,
    [Day] date NOT NULL,
    [Channel] nvarchar(20) NOT NULL,
    [Orders] int NOT NULL,
    [GrossWon] bigint NOT NULL,
    [RefundsWon] bigint NOT NULL,
    CONSTRAINT [PK_SalesRollups] PRIMARY KEY ([EnterpriseId], [Day], [Channel]),
    CONSTRAINT [FK_SalesRollups_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION
);
GO
CREATE INDEX [IX_PlatformSettings_Key_ChangedAtUtc] ON [PlatformSettings] ([Key], [ChangedAtUtc]);
GO
CREATE INDEX [IX_SalesRollups_Day] ON [SalesRollups] ([Day]);
GO
