-- 0004 for SQL Server: translated from the PostgreSQL script. NOT verified against a server here (see README).
ALTER TABLE [Enterprises] ADD [RepresentativeName] nvarchar(60) NULL, [SettlementBank] nvarchar(40) NULL,
    [SettlementAccountNumber] nvarchar(30) NULL, [SettlementAccountHolder] nvarchar(60) NULL,
    [DocumentKey] nvarchar(100) NULL, [DocumentContentType] nvarchar(60) NULL, [RejectionReason] nvarchar(500) NULL;
GO
ALTER TABLE [AspNetUsers] ADD [IsEnterpriseOwner] bit NOT NULL CONSTRAINT [DF_AspNetUsers_IsEnterpriseOwner] DEFAULT 0;
GO
ALTER TABLE [AspNetUsers] DROP CONSTRAINT [DF_AspNetUsers_IsEnterpriseOwner];
GO
CREATE TABLE [EnterpriseInvitations] (
    [Id] uniqueidentifier NOT NULL,
    [EnterpriseId] int NOT NULL,
    [Email] nvarchar(254) NOT NULL,
    [InvitedById] nvarchar(450) NOT NULL,
    [CreatedAtUtc] datetime2 NOT NULL,
    [AcceptedAtUtc] datetime2 NULL,
    CONSTRAINT [PK_EnterpriseInvitations] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_EnterpriseInvitations_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE CASCADE
);
GO
CREATE INDEX [IX_EnterpriseInvitations_EnterpriseId_Email] ON [EnterpriseInvitations] ([EnterpriseId], [Email]);
GO
CREATE TABLE [AuditEntries] (
    [Id] bigint IDENTITY(1,1),
    [AtUtc] datetime2 NOT NULL,
    [ActorId] nvarchar(450) NOT NULL,
    [Action] nvarchar(60) NOT NULL,
    [SubjectType] nvarchar(40) NOT NULL,
    [SubjectId] nvarchar(60) NOT NULL,
    [Before] nvarchar(max) NOT NULL,
    [After] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
);
GO
CREATE INDEX [IX_AuditEntries_AtUtc] ON [AuditEntries] ([AtUtc]);
GO
CREATE INDEX [IX_AuditEntries_SubjectType_SubjectId] ON [AuditEntries] ([SubjectType], [SubjectId]);
GO
