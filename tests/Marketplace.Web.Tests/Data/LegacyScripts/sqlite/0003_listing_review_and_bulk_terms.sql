-- 0003: listing SKUs, bulk terms (minimum order, price tiers), review of changes to published
-- listings, rejection reasons; an order version for concurrent status changes.

ALTER TABLE "Products" ADD "Sku" TEXT NULL;
ALTER TABLE "Products" ADD "MinOrderQuantity" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Products" ADD "RejectionReason" TEXT NULL;
ALTER TABLE "Products" ADD "PendingName" TEXT NULL;
ALTER TABLE "Products" ADD "PendingNameEn" TEXT NULL;
ALTER TABLE "Products" ADD "PendingDescription" TEXT NULL;
ALTER TABLE "Products" ADD "PendingDescriptionEn" TEXT NULL;
ALTER TABLE "Products" ADD "PendingPrice" INTEGER NULL;
CREATE UNIQUE INDEX "IX_Products_EnterpriseId_Sku" ON "Products" ("EnterpriseId", "Sku");
-- The new index leads with EnterpriseId, so it also serves the foreign key.
DROP INDEX "IX_Products_EnterpriseId";

CREATE TABLE "ProductPriceTiers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ProductPriceTiers" PRIMARY KEY AUTOINCREMENT,
    "MinQuantity" INTEGER NOT NULL,
    "UnitPriceWon" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    CONSTRAINT "FK_ProductPriceTiers_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_ProductPriceTiers_ProductId" ON "ProductPriceTiers" ("ProductId");

ALTER TABLE "Orders" ADD "Version" INTEGER NOT NULL DEFAULT 1;
