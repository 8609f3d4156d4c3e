-- 0001_initial for SQL Server: translated from the PostgreSQL script (types:
-- nvarchar for text, int IDENTITY, bit, datetime2). NOT verified against a server here:
-- the SQL Server EF provider does not restore from this registry (see README).
CREATE TABLE [AspNetRoles] (
    [Id] nvarchar(450) NOT NULL,
    [Name] nvarchar(256),
    [NormalizedName] nvarchar(256),
    [ConcurrencyStamp] nvarchar(max),
    CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
);
GO
CREATE TABLE [Categories] (
    [Id] int IDENTITY(1,1),
    [Slug] nvarchar(60) NOT NULL,
    [Name] nvarchar(100) NOT NULL,
    [NameEn] nvarchar(100) NOT NULL,
    [Kind] nvarchar(40) NOT NULL,
    [SortOrder] int NOT NULL,
    CONSTRAINT [PK_Categories] PRIMARY KEY ([Id])
);
GO
CREATE TABLE [Enterprises] (
    [Id] int IDENTITY(1,1),
    [Name] nvarchar(200) NOT NULL,
    [NameEn] nvarchar(200) NOT NULL,
    [Type] nvarchar(40) NOT NULL,
    [RegistrationNumber] nvarchar(10) NOT NULL,
    [CertificationNumber] nvarchar(40),
    [CertificationExpiresOn] date,
    [Region] nvarchar(40) NOT NULL,
    [Story] nvarchar(4000) NOT NULL,
    [StoryEn] nvarchar(4000) NOT NULL,
    [SocialMission] nvarchar(500) NOT NULL,
    [SocialMissionEn] nvarchar(500) NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    [CreatedAtUtc] datetime2 NOT NULL,
    [CarbonReducedKg] bigint NOT NULL,
    [SocialValueWon] bigint NOT NULL,
    [TotalJobs] int NOT NULL,
    [VulnerableGroupJobs] int NOT NULL,
    CONSTRAINT [PK_Enterprises] PRIMARY KEY ([Id])
);
GO
CREATE TABLE [Institutions] (
    [Id] int IDENTITY(1,1),
    [Name] nvarchar(200) NOT NULL,
    [InstitutionCode] nvarchar(20) NOT NULL,
    [RegistrationNumber] nvarchar(10) NOT NULL,
    [Region] nvarchar(40) NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    [CreatedAtUtc] datetime2 NOT NULL,
    CONSTRAINT [PK_Institutions] PRIMARY KEY ([Id])
);
GO
CREATE TABLE [SocialValueTags] (
    [Id] int IDENTITY(1,1),
    [Slug] nvarchar(60) NOT NULL,
    [Name] nvarchar(100) NOT NULL,
    [NameEn] nvarchar(100) NOT NULL,
    CONSTRAINT [PK_SocialValueTags] PRIMARY KEY ([Id])
);
GO
CREATE TABLE [AspNetRoleClaims] (
    [Id] int IDENTITY(1,1),
    [RoleId] nvarchar(450) NOT NULL,
    [ClaimType] nvarchar(max),
    [ClaimValue] nvarchar(max),
    CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
);
GO
CREATE TABLE [Products] (
    [Id] int IDENTITY(1,1),
    [EnterpriseId] int NOT NULL,
    [CategoryId] int NOT NULL,
    [Kind] nvarchar(40) NOT NULL,
    [Name] nvarchar(200) NOT NULL,
    [NameEn] nvarchar(200) NOT NULL,
    [Description] nvarchar(4000) NOT NULL,
    [DescriptionEn] nvarchar(4000) NOT NULL,
    [Price] bigint NOT NULL,
    [Stock] int NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    [CreatedAtUtc] datetime2 NOT NULL,
    [SalesCount] int NOT NULL,
    [SearchText] nvarchar(500) NOT NULL,
    CONSTRAINT [PK_Products] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Products_Categories_CategoryId] FOREIGN KEY ([CategoryId]) REFERENCES [Categories] ([Id]) ON DELETE RESTRICT,
    CONSTRAINT [FK_Products_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE RESTRICT
);
GO
CREATE TABLE [AspNetUsers] (
    [Id] nvarchar(450) NOT NULL,
    [DisplayName] nvarchar(100) NOT NULL,
    [SignedUpAtUtc] datetime2 NOT NULL,
    [SignUpChannel] nvarchar(40) NOT NULL,
    [EnterpriseId] int,
    [InstitutionId] int,
    [UserName] nvarchar(256),
    [NormalizedUserName] nvarchar(256),
    [Email] nvarchar(256),
    [NormalizedEmail] nvarchar(256),
    [EmailConfirmed] bit NOT NULL,
    [PasswordHash] nvarchar(max),
    [SecurityStamp] nvarchar(max),
    [ConcurrencyStamp] nvarchar(max),
    [PhoneNumber] nvarchar(max),
    [PhoneNumberConfirmed] bit NOT NULL,
    [TwoFactorEnabled] bit NOT NULL,
    [LockoutEnd] datetime2,
    [LockoutEnabled] bit NOT NULL,
    [AccessFailedCount] int NOT NULL,
    CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_AspNetUsers_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE RESTRICT,
    CONSTRAINT [FK_AspNetUsers_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE RESTRICT
);
GO
CREATE TABLE [ProductImages] (
    [Id] int IDENTITY(1,1),
    [Url] nvarchar(500) NOT NULL,
    [SortOrder] int NOT NULL,
    [ProductId] int NOT NULL,
    CONSTRAINT [PK_ProductImages] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_ProductImages_Products_ProductId] FOREIGN KEY ([ProductId]) REFERENCES [Products] ([Id]) ON DELETE CASCADE
);
GO
CREATE TABLE [ProductTags] (
    [ProductId] int NOT NULL,
    [TagId] int NOT NULL,
    CONSTRAINT [PK_ProductTags] PRIMARY KEY ([ProductId], [TagId]),
    CONSTRAINT [FK_ProductTags_Products_ProductId] FOREIGN KEY ([ProductId]) REFERENCES [Products] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_ProductTags_SocialValueTags_TagId] FOREIGN KEY ([TagId]) REFERENCES [SocialValueTags] ([Id]) ON DELETE CASCADE
);
GO
CREATE TABLE [AspNetUserClaims] (
    [Id] int IDENTITY(1,1),
    [UserId] nvarchar(450) NOT NULL,
    [ClaimType] nvarchar(max),
    [ClaimValue] nvarchar(max),
    CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);
GO
CREATE TABLE [AspNetUserLogins] (
    [LoginProvider] nvarchar(450) NOT NULL,
    [ProviderKey] nvarchar(450) NOT NULL,
    [ProviderDisplayName] nvarchar(max),
    [UserId] nvarchar(450) NOT NULL,
    CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
    CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);
GO
CREATE TABLE [AspNetUserRoles] (
    [UserId] nvarchar(450) NOT NULL,
    [RoleId] nvarchar(450) NOT NULL,
    CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
    CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
    CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);
GO
CREATE TABLE [AspNetUserTokens] (
    [UserId] nvarchar(450) NOT NULL,
    [LoginProvider] nvarchar(450) NOT NULL,
    [Name] nvarchar(450) NOT NULL,
    [Value] nvarchar(max),
    CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
    CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
);
GO
CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
GO
CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL;
GO
CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
GO
CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
GO
CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
GO
CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
GO
CREATE INDEX [IX_AspNetUsers_EnterpriseId] ON [AspNetUsers] ([EnterpriseId]);
GO
CREATE INDEX [IX_AspNetUsers_InstitutionId] ON [AspNetUsers] ([InstitutionId]);
GO
CREATE INDEX [IX_AspNetUsers_SignedUpAtUtc_SignUpChannel] ON [AspNetUsers] ([SignedUpAtUtc], [SignUpChannel]);
GO
CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL;
GO
CREATE UNIQUE INDEX [IX_Categories_Slug] ON [Categories] ([Slug]);
GO
CREATE UNIQUE INDEX [IX_Enterprises_RegistrationNumber] ON [Enterprises] ([RegistrationNumber]);
GO
CREATE INDEX [IX_Enterprises_Status_Region] ON [Enterprises] ([Status], [Region]);
GO
CREATE INDEX [IX_Enterprises_Status_Type] ON [Enterprises] ([Status], [Type]);
GO
CREATE UNIQUE INDEX [IX_Institutions_InstitutionCode] ON [Institutions] ([InstitutionCode]);
GO
CREATE INDEX [IX_ProductImages_ProductId] ON [ProductImages] ([ProductId]);
GO
CREATE INDEX [IX_Products_CategoryId_Status] ON [Products] ([CategoryId], [Status]);
GO
CREATE INDEX [IX_Products_EnterpriseId] ON [Products] ([EnterpriseId]);
GO
CREATE INDEX [IX_Products_Status_CreatedAtUtc] ON [Products] ([Status], [CreatedAtUtc]);
GO
CREATE INDEX [IX_Products_Status_Price] ON [Products] ([Status], [Price]);
GO
CREATE INDEX [IX_Products_Status_SalesCount] ON [Products] ([Status], [SalesCount]);
GO
CREATE INDEX [IX_ProductTags_TagId] ON [ProductTags] ([TagId]);
GO
CREATE UNIQUE INDEX [IX_SocialValueTags_Slug] ON [SocialValueTags] ([Slug]);
GO
