-- 0010: public procurement: quote requests and quotes, purchase orders with lines and shipments,
-- invoices with bank-transfer payments, and each institution's yearly total of purchases.

CREATE TABLE "InstitutionYearTotals" (
    "InstitutionId" INTEGER NOT NULL,
    "Year" INTEGER NOT NULL,
    "TotalPurchasesWon" INTEGER NOT NULL,
    CONSTRAINT "PK_InstitutionYearTotals" PRIMARY KEY ("InstitutionId", "Year"),
    CONSTRAINT "FK_InstitutionYearTotals_Institutions_InstitutionId" FOREIGN KEY ("InstitutionId") REFERENCES "Institutions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QuoteRequests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_QuoteRequests" PRIMARY KEY AUTOINCREMENT,
    "InstitutionId" INTEGER NOT NULL,
    "BuyerId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "DeliveryPlace" TEXT NOT NULL,
    "DeliveryDate" TEXT NOT NULL,
    "Deadline" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "AcceptedQuoteId" INTEGER NULL,
    CONSTRAINT "FK_QuoteRequests_AspNetUsers_BuyerId" FOREIGN KEY ("BuyerId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_QuoteRequests_Institutions_InstitutionId" FOREIGN KEY ("InstitutionId") REFERENCES "Institutions" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "QuoteRequestItems" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_QuoteRequestItems" PRIMARY KEY AUTOINCREMENT,
    "QuoteRequestId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Specification" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    CONSTRAINT "FK_QuoteRequestItems_QuoteRequests_QuoteRequestId" FOREIGN KEY ("QuoteRequestId") REFERENCES "QuoteRequests" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QuoteRequestRecipients" (
    "EnterpriseId" INTEGER NOT NULL,
    "QuoteRequestId" INTEGER NOT NULL,
    CONSTRAINT "PK_QuoteRequestRecipients" PRIMARY KEY ("QuoteRequestId", "EnterpriseId"),
    CONSTRAINT "FK_QuoteRequestRecipients_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_QuoteRequestRecipients_QuoteRequests_QuoteRequestId" FOREIGN KEY ("QuoteRequestId") REFERENCES "QuoteRequests" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Quotes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Quotes" PRIMARY KEY AUTOINCREMENT,
    "QuoteRequestId" INTEGER NOT NULL,
    "EnterpriseId" INTEGER NOT NULL,
    "SubmittedById" TEXT NOT NULL,
    "DeliveryDate" TEXT NOT NULL,
    "ValidUntil" TEXT NOT NULL,
    "Note" TEXT NOT NULL,
    "SubmittedAtUtc" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_Quotes_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Quotes_QuoteRequests_QuoteRequestId" FOREIGN KEY ("QuoteRequestId") REFERENCES "QuoteRequests" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PurchaseOrders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PurchaseOrders" PRIMARY KEY AUTOINCREMENT,
    "InstitutionId" INTEGER NOT NULL,
    "EnterpriseId" INTEGER NOT NULL,
    "EnterpriseType" TEXT NOT NULL,
    "CertificationExpiresOn" TEXT NULL,
    "CertificationExpiresBeforeDelivery" INTEGER NOT NULL,
    "SingleQuoteCapWon" INTEGER NULL,
    "CapExceededReason" TEXT NULL,
    "BuyerId" TEXT NOT NULL,
    "Method" TEXT NOT NULL,
    "QuoteId" INTEGER NULL,
    "DeliveryPlace" TEXT NOT NULL,
    "DeliveryDate" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ApproverId" TEXT NULL,
    "ApprovedAtUtc" TEXT NULL,
    "ApprovalRejectedReason" TEXT NULL,
    "ConfirmedAtUtc" TEXT NULL,
    "DeclineReason" TEXT NULL,
    "InspectedAtUtc" TEXT NULL,
    "InspectionNote" TEXT NULL,
    "CountsTowardResults" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_PurchaseOrders_AspNetUsers_BuyerId" FOREIGN KEY ("BuyerId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PurchaseOrders_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PurchaseOrders_Institutions_InstitutionId" FOREIGN KEY ("InstitutionId") REFERENCES "Institutions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PurchaseOrders_Quotes_QuoteId" FOREIGN KEY ("QuoteId") REFERENCES "Quotes" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "QuoteLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_QuoteLines" PRIMARY KEY AUTOINCREMENT,
    "ItemId" INTEGER NOT NULL,
    "UnitSupplyWon" INTEGER NOT NULL,
    "QuoteId" INTEGER NOT NULL,
    CONSTRAINT "FK_QuoteLines_Quotes_QuoteId" FOREIGN KEY ("QuoteId") REFERENCES "Quotes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Invoices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Invoices" PRIMARY KEY AUTOINCREMENT,
    "PurchaseOrderId" INTEGER NOT NULL,
    "InstitutionId" INTEGER NOT NULL,
    "EnterpriseId" INTEGER NOT NULL,
    "SupplyWon" INTEGER NOT NULL,
    "VatWon" INTEGER NOT NULL,
    "SupplierName" TEXT NOT NULL,
    "SupplierRegistrationNumber" TEXT NOT NULL,
    "BuyerName" TEXT NOT NULL,
    "BuyerRegistrationNumber" TEXT NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Invoices_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Invoices_Institutions_InstitutionId" FOREIGN KEY ("InstitutionId") REFERENCES "Institutions" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Invoices_PurchaseOrders_PurchaseOrderId" FOREIGN KEY ("PurchaseOrderId") REFERENCES "PurchaseOrders" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PurchaseOrderLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PurchaseOrderLines" PRIMARY KEY AUTOINCREMENT,
    "PurchaseOrderId" INTEGER NOT NULL,
    "ProductId" INTEGER NULL,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "UnitSupplyWon" INTEGER NOT NULL,
    "UnitVatWon" INTEGER NOT NULL,
    "ShippedQuantity" INTEGER NOT NULL,
    "AcceptedQuantity" INTEGER NOT NULL,
    CONSTRAINT "FK_PurchaseOrderLines_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PurchaseOrderLines_PurchaseOrders_PurchaseOrderId" FOREIGN KEY ("PurchaseOrderId") REFERENCES "PurchaseOrders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PurchaseOrderShipments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PurchaseOrderShipments" PRIMARY KEY AUTOINCREMENT,
    "PurchaseOrderId" INTEGER NOT NULL,
    "Carrier" TEXT NOT NULL,
    "TrackingNumber" TEXT NOT NULL,
    "ShippedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_PurchaseOrderShipments_PurchaseOrders_PurchaseOrderId" FOREIGN KEY ("PurchaseOrderId") REFERENCES "PurchaseOrders" ("Id") ON DELETE CASCADE
);

CREATE TABLE "InvoicePayments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_InvoicePayments" PRIMARY KEY AUTOINCREMENT,
    "InvoiceId" INTEGER NOT NULL,
    "PaidOn" TEXT NOT NULL,
    "AmountWon" INTEGER NOT NULL,
    "Reference" TEXT NOT NULL,
    "RecordedById" TEXT NOT NULL,
    "RecordedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_InvoicePayments_Invoices_InvoiceId" FOREIGN KEY ("InvoiceId") REFERENCES "Invoices" ("Id") ON DELETE CASCADE
);

CREATE TABLE "PurchaseOrderShipmentLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PurchaseOrderShipmentLines" PRIMARY KEY AUTOINCREMENT,
    "LineId" INTEGER NOT NULL,
    "Quantity" INTEGER NOT NULL,
    "ShipmentId" INTEGER NOT NULL,
    CONSTRAINT "FK_PurchaseOrderShipmentLines_PurchaseOrderShipments_ShipmentId" FOREIGN KEY ("ShipmentId") REFERENCES "PurchaseOrderShipments" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_InvoicePayments_InvoiceId" ON "InvoicePayments" ("InvoiceId");

CREATE INDEX "IX_Invoices_EnterpriseId" ON "Invoices" ("EnterpriseId");

CREATE INDEX "IX_Invoices_InstitutionId" ON "Invoices" ("InstitutionId");

CREATE UNIQUE INDEX "IX_Invoices_PurchaseOrderId" ON "Invoices" ("PurchaseOrderId");

CREATE INDEX "IX_PurchaseOrderLines_ProductId" ON "PurchaseOrderLines" ("ProductId");

CREATE INDEX "IX_PurchaseOrderLines_PurchaseOrderId" ON "PurchaseOrderLines" ("PurchaseOrderId");

CREATE INDEX "IX_PurchaseOrders_BuyerId" ON "PurchaseOrders" ("BuyerId");

CREATE INDEX "IX_PurchaseOrders_EnterpriseId_Status" ON "PurchaseOrders" ("EnterpriseId", "Status");

CREATE INDEX "IX_PurchaseOrders_InstitutionId_InspectedAtUtc" ON "PurchaseOrders" ("InstitutionId", "InspectedAtUtc");

CREATE INDEX "IX_PurchaseOrders_InstitutionId_Status" ON "PurchaseOrders" ("InstitutionId", "Status");

CREATE UNIQUE INDEX "IX_PurchaseOrders_QuoteId" ON "PurchaseOrders" ("QuoteId");

CREATE INDEX "IX_PurchaseOrderShipmentLines_ShipmentId" ON "PurchaseOrderShipmentLines" ("ShipmentId");

CREATE INDEX "IX_PurchaseOrderShipments_PurchaseOrderId" ON "PurchaseOrderShipments" ("PurchaseOrderId");

CREATE INDEX "IX_QuoteLines_QuoteId" ON "QuoteLines" ("QuoteId");

CREATE INDEX "IX_QuoteRequestItems_QuoteRequestId" ON "QuoteRequestItems" ("QuoteRequestId");

CREATE INDEX "IX_QuoteRequestRecipients_EnterpriseId" ON "QuoteRequestRecipients" ("EnterpriseId");

CREATE INDEX "IX_QuoteRequests_BuyerId" ON "QuoteRequests" ("BuyerId");

CREATE INDEX "IX_QuoteRequests_InstitutionId_CreatedAtUtc" ON "QuoteRequests" ("InstitutionId", "CreatedAtUtc");

CREATE INDEX "IX_Quotes_EnterpriseId" ON "Quotes" ("EnterpriseId");

CREATE UNIQUE INDEX "IX_Quotes_QuoteRequestId_EnterpriseId" ON "Quotes" ("QuoteRequestId", "EnterpriseId");
