-- 0004: enterprise applications (representative, settlement account, supporting document,
-- rejection reason), enterprise owners and invitations, and the audit log of decisions.

ALTER TABLE "Enterprises" ADD "RepresentativeName" TEXT NULL;
ALTER TABLE "Enterprises" ADD "SettlementBank" TEXT NULL;
ALTER TABLE "Enterprises" ADD "SettlementAccountNumber" TEXT NULL;
ALTER TABLE "Enterprises" ADD "SettlementAccountHolder" TEXT NULL;
ALTER TABLE "Enterprises" ADD "DocumentKey" TEXT NULL;
ALTER TABLE "Enterprises" ADD "DocumentContentType" TEXT NULL;
ALTER TABLE "Enterprises" ADD "RejectionReason" TEXT NULL;
ALTER TABLE "AspNetUsers" ADD "IsEnterpriseOwner" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "EnterpriseInvitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EnterpriseInvitations" PRIMARY KEY,
    "EnterpriseId" INTEGER NOT NULL,
    "Email" TEXT NOT NULL,
    "InvitedById" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "AcceptedAtUtc" TEXT NULL,
    CONSTRAINT "FK_EnterpriseInvitations_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_EnterpriseInvitations_EnterpriseId_Email" ON "EnterpriseInvitations" ("EnterpriseId", "Email");

CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "AtUtc" TEXT NOT NULL,
    "ActorId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "SubjectType" TEXT NOT NULL,
    "SubjectId" TEXT NOT NULL,
    "Before" TEXT NOT NULL,
    "After" TEXT NOT NULL
);
CREATE INDEX "IX_AuditEntries_AtUtc" ON "AuditEntries" ("AtUtc");
CREATE INDEX "IX_AuditEntries_SubjectType_SubjectId" ON "AuditEntries" ("SubjectType", "SubjectId");
