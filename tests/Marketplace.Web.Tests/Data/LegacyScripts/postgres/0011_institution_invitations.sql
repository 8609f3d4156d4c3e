-- 0011: an institution's approver invites colleagues as buyers or approvers.

CREATE TABLE "InstitutionInvitations" (
    "Id" uuid NOT NULL,
    "InstitutionId" integer NOT NULL,
    "Email" character varying(254) NOT NULL,
    "Role" character varying(40) NOT NULL,
    "InvitedById" character varying(450) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "AcceptedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_InstitutionInvitations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_InstitutionInvitations_Institutions_InstitutionId" FOREIGN KEY ("InstitutionId") REFERENCES "Institutions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_InstitutionInvitations_InstitutionId_Email" ON "InstitutionInvitations" ("InstitutionId", "Email");
