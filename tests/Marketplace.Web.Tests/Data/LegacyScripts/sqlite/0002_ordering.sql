-- 0002_ordering: carts, payments, orders per enterprise and applied payment events.
-- Written from `dotnet run --project src/Marketplace.Web -- schema-script` for this engine;
-- the schema test checks that a database built by the scripts equals the EF model.

CREATE TABLE "ProcessedPaymentEvents" (
    "EventId" TEXT NOT NULL CONSTRAINT "PK_ProcessedPaymentEvents" PRIMARY KEY,
    "Type" TEXT NOT NULL,
    "ReceivedAtUtc" TEXT NOT NULL
);

CREATE TABLE "Carts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Carts" PRIMARY KEY,
    "MemberId" TEXT NULL,
    "VisitorToken" TEXT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_Carts_AspNetUsers_MemberId" FOREIGN KEY ("MemberId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Payments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Payments" PRIMARY KEY,
    "MemberId" TEXT NOT NULL,
    "Gateway" TEXT NOT NULL,
    "AmountWon" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "SessionId" TEXT NULL,
    "SessionUrl" TEXT NULL,
    "PaymentIntentId" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ExpiresAtUtc" TEXT NOT NULL,
    "SettledAtUtc" TEXT NULL,
    "RefundedWon" INTEGER NOT NULL,
    CONSTRAINT "FK_Payments_AspNetUsers_MemberId" FOREIGN KEY ("MemberId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CartLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CartLines" PRIMARY KEY AUTOINCREMENT,
    "CartId" TEXT NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "Quantity" INTEGER NOT NULL,
    CONSTRAINT "FK_CartLines_Carts_CartId" FOREIGN KEY ("CartId") REFERENCES "Carts" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_CartLines_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Orders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Orders" PRIMARY KEY AUTOINCREMENT,
    "PaymentId" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "EnterpriseId" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "TotalWon" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "PaidAtUtc" TEXT NULL,
    "ShippedAtUtc" TEXT NULL,
    "DeliveredAtUtc" TEXT NULL,
    "CancelledAtUtc" TEXT NULL,
    "Carrier" TEXT NULL,
    "TrackingNumber" TEXT NULL,
    "ShipDetail" TEXT NOT NULL,
    "ShipPhone" TEXT NOT NULL,
    "ShipPostalCode" TEXT NOT NULL,
    "ShipRecipient" TEXT NOT NULL,
    "ShipRoadAddress" TEXT NOT NULL,
    CONSTRAINT "FK_Orders_AspNetUsers_MemberId" FOREIGN KEY ("MemberId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Orders_Enterprises_EnterpriseId" FOREIGN KEY ("EnterpriseId") REFERENCES "Enterprises" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Orders_Payments_PaymentId" FOREIGN KEY ("PaymentId") REFERENCES "Payments" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "OrderLines" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OrderLines" PRIMARY KEY AUTOINCREMENT,
    "OrderId" INTEGER NOT NULL,
    "ProductId" INTEGER NOT NULL,
    "ProductName" TEXT NOT NULL,
    "UnitPriceWon" INTEGER NOT NULL,
    "Quantity" INTEGER NOT NULL,
    CONSTRAINT "FK_OrderLines_Orders_OrderId" FOREIGN KEY ("OrderId") REFERENCES "Orders" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_OrderLines_Products_ProductId" FOREIGN KEY ("ProductId") REFERENCES "Products" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_CartLines_CartId_ProductId" ON "CartLines" ("CartId", "ProductId");

CREATE INDEX "IX_CartLines_ProductId" ON "CartLines" ("ProductId");

CREATE UNIQUE INDEX "IX_Carts_MemberId" ON "Carts" ("MemberId");

CREATE UNIQUE INDEX "IX_Carts_VisitorToken" ON "Carts" ("VisitorToken");

CREATE INDEX "IX_OrderLines_OrderId" ON "OrderLines" ("OrderId");

CREATE INDEX "IX_OrderLines_ProductId" ON "OrderLines" ("ProductId");

CREATE INDEX "IX_Orders_EnterpriseId_Status" ON "Orders" ("EnterpriseId", "Status");

CREATE INDEX "IX_Orders_MemberId_CreatedAtUtc" ON "Orders" ("MemberId", "CreatedAtUtc");

CREATE INDEX "IX_Orders_PaymentId" ON "Orders" ("PaymentId");

CREATE INDEX "IX_Payments_MemberId" ON "Payments" ("MemberId");

CREATE INDEX "IX_Payments_PaymentIntentId" ON "Payments" ("PaymentIntentId");

CREATE INDEX "IX_Payments_SessionId" ON "Payments" ("SessionId");

CREATE INDEX "IX_Payments_Status_ExpiresAtUtc" ON "Payments" ("Status", "ExpiresAtUtc");
