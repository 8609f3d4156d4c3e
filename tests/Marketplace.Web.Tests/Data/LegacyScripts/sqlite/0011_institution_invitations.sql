-- 0011: an institution's approver invites colleagues as buyers or approvers.

CREATE TABLE "InstitutionInvitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InstitutionInvitations" PRIMARY KEY,
    "InstitutionId" INTEGER NOT NULL,
    "Email" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "InvitedById" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "AcceptedAtUtc" TEXT NULL,
    CONSTRAINT "FK_InstitutionInvitations_Institutions_InstitutionId" FOREIGN KEY ("InstitutionId") REFERENCES "Institutions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_InstitutionInvitations_InstitutionId_Email" ON "InstitutionInvitations" ("InstitutionId", "Email");
