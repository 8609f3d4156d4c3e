-- 0005: monthly settlement statements (with the commission rate of their day); an index for sales by period.

CREATE TABLE "SettlementStatements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SettlementStatements" PRIMARY KEY AUTOINCREMENT,
    "EnterpriseId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "GrossWon" INTEGER NOT NULL,
    "RefundsWon" INTEGER NOT NULL,
    "CommissionRate" TEXT NOT NULL,
    "CommissionWon" INTEGER NOT NULL,
    "IssuedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_SettlementStatements_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT
);
CREATE UNIQUE INDEX "IX_SettlementStatements_EnterpriseId_Year_Month" ON "SettlementStatements" ("EnterpriseId", "Year", "Month");
CREATE INDEX "IX_Orders_EnterpriseId_PaidAtUtc" ON "Orders" ("EnterpriseId", "PaidAtUtc");
