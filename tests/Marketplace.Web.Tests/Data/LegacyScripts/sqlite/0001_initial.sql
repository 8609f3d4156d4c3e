-- 0001_initial: catalog, parties and Identity tables.
-- Written from `dotnet run --project src/Marketplace.Web -- schema-script` for this engine;
-- the schema test checks that a database built by these scripts equals the EF model.

CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "Categories" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Categories" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL
);


CREATE TABLE "Enterprises" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Enterprises" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "RegistrationNumber" TEXT NOT NULL,
    "CertificationNumber" TEXT NULL,
    "CertificationExpiresOn" TEXT NULL,
    "Region" TEXT NOT NULL,
    "Story" TEXT NOT NULL,
    "StoryEn" TEXT NOT NULL,
    "SocialMission" TEXT NOT NULL,
    "SocialMissionEn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CarbonReducedKg" INTEGER NOT NULL,
    "SocialValueWon" INTEGER NOT NULL,
    "TotalJobs" INTEGER NOT NULL,
    "VulnerableGroupJobs" INTEGER NOT NULL
);


CREATE TABLE "Institutions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Institutions" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "InstitutionCode" TEXT NOT NULL,
    "RegistrationNumber" TEXT NOT NULL,
    "Region" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL
);


CREATE TABLE "SocialValueTags" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SocialValueTags" PRIMARY KEY AUTOINCREMENT,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Products" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Products" PRIMARY KEY AUTOINCREMENT,
    "EnterpriseId" INTEGER NOT NULL,
    "CategoryId" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "NameEn" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "DescriptionEn" TEXT NOT NULL,
    "Price" INTEGER NOT NULL,
    "Stock" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "SalesCount" INTEGER NOT NULL,
    "SearchText" TEXT NOT NULL,
    CONSTRAINT "FK_Products_Categories_CategoryId" FOREIGN KEY ("CategoryId") REFERENCES "Categories" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Products_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "SignedUpAtUtc" TEXT NOT NULL,
    "SignUpChannel" TEXT NOT NULL,
    "EnterpriseId" INTEGER NULL,
    "InstitutionId" INTEGER NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_AspNetUsers_Institutions_InstitutionId" FOREIGN KEY ("InstitutionId") REFERENCES "Institutions" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "ProductImages" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProductImages" PRIMARY KEY AUTOINCREMENT,
    "Url" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    CONSTRAINT "FK_ProductImages_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ProductTags" (
    "ProductId" INTEGER NOT NULL,
    "TagId" INTEGER NOT NULL,
    CONSTRAINT "PK_ProductTags" PRIMARY KEY ("ProductId", "TagId"),
    CONSTRAINT "FK_ProductTags_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ProductTags_SocialValueTags_TagId" FOREIGN KEY ("TagId") REFERENCES "SocialValueTags" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_EnterpriseId" ON "AspNetUsers" ("EnterpriseId");


CREATE INDEX "IX_AspNetUsers_InstitutionId" ON "AspNetUsers" ("InstitutionId");


CREATE INDEX "IX_AspNetUsers_SignedUpAtUtc_SignUpChannel" ON "AspNetUsers" ("SignedUpAtUtc", "SignUpChannel");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE UNIQUE INDEX "IX_Categories_Slug" ON "Categories" ("Slug");


CREATE UNIQUE INDEX "IX_Enterprises_RegistrationNumber" ON "Enterprises" ("RegistrationNumber");


CREATE INDEX "IX_Enterprises_Status_Region" ON "Enterprises" ("Status", "Region");


CREATE INDEX "IX_Enterprises_Status_Type" ON "Enterprises" ("Status", "Type");


CREATE UNIQUE INDEX "IX_Institutions_InstitutionCode" ON "Institutions" ("InstitutionCode");


CREATE INDEX "IX_ProductImages_ProductId" ON "ProductImages" ("ProductId");


CREATE INDEX "IX_Products_CategoryId_Status" ON "Products" ("CategoryId", "Status");


CREATE INDEX "IX_Products_EnterpriseId" ON "Products" ("EnterpriseId");


CREATE INDEX "IX_Products_Status_CreatedAtUtc" ON "Products" ("Status", "CreatedAtUtc");


CREATE INDEX "IX_Products_Status_Price" ON "Products" ("Status", "Price");


CREATE INDEX "IX_Products_Status_SalesCount" ON "Products" ("Status", "SalesCount");


CREATE INDEX "IX_ProductTags_TagId" ON "ProductTags" ("TagId");


CREATE UNIQUE INDEX "IX_SocialValueTags_Slug" ON "SocialValueTags" ("Slug");



