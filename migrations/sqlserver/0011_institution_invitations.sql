-- 0011 for SQL Server: translated from the PostgreSQL script. NOT verified against a server here (see README).
CREATE TABLE [InstitutionInvitations] (
    [Id] uniqueidentifier NOT NULL,
    [InstitutionId] int NOT NULL,
    [Email] nvarchar(254) NOT NULL,
    [Role] nvarchar(40) NOT NULL,
    [InvitedById] nvarchar(450) NOT NULL,
    [CreatedAtUtc] datetime2 NOT NULL,
    [AcceptedAtUtc] datetime2 NULL,
    CONSTRAINT [PK_InstitutionInvitations] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_InstitutionInvitations_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE CASCADE
);
GO
CREATE INDEX [IX_InstitutionInvitations_InstitutionId_Email] ON [InstitutionInvitations] ([InstitutionId], [Email]);
GO
