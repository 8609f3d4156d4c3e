-- 0006: the sales rollup kept with every payment and refund, platform settings with their history,
-- and rejection reasons for institutions.

ALTER TABLE "Institutions" ADD "RejectionReason" TEXT NULL;

CREATE TABLE "PlatformSettings" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PlatformSettings" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    "ChangedAtUtc" TEXT NOT NULL,
    "ChangedById" TEXT NOT NULL
);
CREATE TABLE "SalesRollups" (
    "EnterpriseId" INTEGER NOT NULL,
    "Day" TEXT NOT NULL,
    "Channel" TEXT NOT NULL,
    "Orders" INTEGER NOT NULL,
    "GrossWon" INTEGER NOT NULL,
    "RefundsWon" INTEGER NOT NULL,
    CONSTRAINT "PK_SalesRollups" PRIMARY KEY ("EnterpriseId", "Day", "Channel"),
    CONSTRAINT "FK_SalesRollups_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_PlatformSettings_Key_ChangedAtUtc" ON "PlatformSettings" ("Key", "ChangedAtUtc");
CREATE INDEX "IX_SalesRollups_Day" ON "SalesRollups" ("Day");
