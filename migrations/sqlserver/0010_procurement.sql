-- 0010 for SQL Server: translated from the PostgreSQL script. NOT verified against a server here (see README).
CREATE TABLE [InstitutionYearTotals] (
    [InstitutionId] int NOT NULL,
    [Year] int NOT NULL,
    [TotalPurchasesWon] bigint NOT NULL,
    CONSTRAINT [PK_InstitutionYearTotals] PRIMARY KEY ([InstitutionId], [Year]),
    CONSTRAINT [FK_InstitutionYearTotals_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE CASCADE
);
GO

CREATE TABLE [QuoteRequests] (
    [Id] int IDENTITY(1,1),
    [InstitutionId] int NOT NULL,
    [BuyerId] nvarchar(450) NOT NULL,
    [Title] nvarchar(200) NOT NULL,
    [Kind] nvarchar(40) NOT NULL,
    [DeliveryPlace] nvarchar(200) NOT NULL,
    [DeliveryDate] date NOT NULL,
    [Deadline] date NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    [CreatedAtUtc] datetime2 NOT NULL,
    [AcceptedQuoteId] int NULL,
    CONSTRAINT [PK_QuoteRequests] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_QuoteRequests_AspNetUsers_BuyerId] FOREIGN KEY ([BuyerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_QuoteRequests_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE NO ACTION
);
GO

CREATE TABLE [QuoteRequestItems] (
    [Id] int IDENTITY(1,1),
    [QuoteRequestId] int NOT NULL,
    [Name] nvarchar(200) NOT NULL,
    [Specification] nvarchar(500) NOT NULL,
    [Quantity] int NOT NULL,
    CONSTRAINT [PK_QuoteRequestItems] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_QuoteRequestItems_QuoteRequests_QuoteRequestId] FOREIGN KEY ([QuoteRequestId]) REFERENCES [QuoteRequests] ([Id]) ON DELETE CASCADE
);
GO

CREATE TABLE [QuoteRequestRecipients] (
    [EnterpriseId] int NOT NULL,
    [QuoteRequestId] int NOT NULL,
    CONSTRAINT [PK_QuoteRequestRecipients] PRIMARY KEY ([QuoteRequestId], [EnterpriseId]),
    CONSTRAINT [FK_QuoteRequestRecipients_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_QuoteRequestRecipients_QuoteRequests_QuoteRequestId] FOREIGN KEY ([QuoteRequestId]) REFERENCES [QuoteRequests] ([Id]) ON DELETE CASCADE
);
GO

CREATE TABLE [Quotes] (
    [Id] int IDENTITY(1,1),
    [QuoteRequestId] int NOT NULL,
    [EnterpriseId] int NOT NULL,
    [SubmittedById] nvarchar(450) NOT NULL,
    [DeliveryDate] date NOT NULL,
    [ValidUntil] date NOT NULL,
    [Note] nvarchar(1000) NOT NULL,
    [SubmittedAtUtc] datetime2 NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    CONSTRAINT [PK_Quotes] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Quotes_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_Quotes_QuoteRequests_QuoteRequestId] FOREIGN KEY ([QuoteRequestId]) REFERENCES [QuoteRequests] ([Id]) ON DELETE CASCADE
);
GO

CREATE TABLE [PurchaseOrders] (
    [Id] int IDENTITY(1,1),
    [InstitutionId] int NOT NULL,
    [EnterpriseId] int NOT NULL,
    [EnterpriseType] nvarchar(40) NOT NULL,
    [CertificationExpiresOn] date NULL,
    [CertificationExpiresBeforeDelivery] bit NOT NULL,
    [SingleQuoteCapWon] bigint NULL,
    [CapExceededReason] nvarchar(1000) NULL,
    [BuyerId] nvarchar(450) NOT NULL,
    [Method] nvarchar(40) NOT NULL,
    [QuoteId] int NULL,
    [DeliveryPlace] nvarchar(200) NOT NULL,
    [DeliveryDate] date NOT NULL,
    [Status] nvarchar(40) NOT NULL,
    [CreatedAtUtc] datetime2 NOT NULL,
    [ApproverId] nvarchar(450) NULL,
    [ApprovedAtUtc] datetime2 NULL,
    [ApprovalRejectedReason] nvarchar(500) NULL,
    [ConfirmedAtUtc] datetime2 NULL,
    [DeclineReason] nvarchar(500) NULL,
    [InspectedAtUtc] datetime2 NULL,
    [InspectionNote] nvarchar(1000) NULL,
    [CountsTowardResults] bit NOT NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_PurchaseOrders] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_PurchaseOrders_AspNetUsers_BuyerId] FOREIGN KEY ([BuyerId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_PurchaseOrders_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_PurchaseOrders_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_PurchaseOrders_Quotes_QuoteId] FOREIGN KEY ([QuoteId]) REFERENCES [Quotes] ([Id]) ON DELETE NO ACTION
);
GO

CREATE TABLE [QuoteLines] (
    [Id] int IDENTITY(1,1),
    [ItemId] int NOT NULL,
    [UnitSupplyWon] bigint NOT NULL,
    [QuoteId] int NOT NULL,
    CONSTRAINT [PK_QuoteLines] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_QuoteLines_Quotes_QuoteId] FOREIGN KEY ([QuoteId]) REFERENCES [Quotes] ([Id]) ON DELETE CASCADE
);
GO

CREATE TABLE [Invoices] (
    [Id] int IDENTITY(1,1),
    [PurchaseOrderId] int NOT NULL,
    [InstitutionId] int NOT NULL,
    [EnterpriseId] int NOT NULL,
    [SupplyWon] bigint NOT NULL,
    [VatWon] bigint NOT NULL,
    [SupplierName] nvarchar(200) NOT NULL,
    [SupplierRegistrationNumber] nvarchar(10) NOT NULL,
    [BuyerName] nvarchar(200) NOT NULL,
    [BuyerRegistrationNumber] nvarchar(10) NOT NULL,
    [IssuedOn] date NOT NULL,
    [DueOn] date NOT NULL,
    [Version] int NOT NULL,
    CONSTRAINT [PK_Invoices] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_Invoices_Enterprises_EnterpriseId] FOREIGN KEY ([EnterpriseId]) REFERENCES [Enterprises] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_Invoices_Institutions_InstitutionId] FOREIGN KEY ([InstitutionId]) REFERENCES [Institutions] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_Invoices_PurchaseOrders_PurchaseOrderId] FOREIGN KEY ([PurchaseOrderId]) REFERENCES [PurchaseOrders] ([Id]) ON DELETE NO ACTION
);
GO

CREATE TABLE [PurchaseOrderLines] (
    [Id] int IDENTITY(1,1),
    [PurchaseOrderId] int NOT NULL,
    [ProductId] int NULL,
    [Name] nvarchar(200) NOT NULL,
    [Kind] nvarchar(40) NOT NULL,
    [Quantity] int NOT NULL,
    [UnitSupplyWon] bigint NOT NULL,
    [UnitVatWon] bigint NOT NULL,
    [ShippedQuantity] int NOT NULL,
    [AcceptedQuantity] int NOT NULL,
    CONSTRAINT [PK_PurchaseOrderLines] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_PurchaseOrderLines_Products_ProductId] FOREIGN KEY ([ProductId]) REFERENCES [Products] ([Id]) ON DELETE NO ACTION,
    CONSTRAINT [FK_PurchaseOrderLines_PurchaseOrders_PurchaseOrderId] FOREIGN KEY ([PurchaseOrderId]) REFERENCES [PurchaseOrders] ([Id]) ON DELETE CASCADE
);
GO

CREATE TABLE [PurchaseOrderShipments] (
    [Id] int IDENTITY(1,1),
    [PurchaseOrderId] int NOT NULL,
    [Carrier] nvarchar(60) NOT NULL,
    [TrackingNumber] nvarchar(60) NOT NULL,
    [ShippedAtUtc] datetime2 NOT NULL,
    CONSTRAINT [PK_PurchaseOrderShipments] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_PurchaseOrderShipments_PurchaseOrders_PurchaseOrderId] FOREIGN KEY ([PurchaseOrderId]) REFERENCES [PurchaseOrders] ([Id]) ON DELETE CASCADE
);
GO

CREATE TABLE [InvoicePayments] (
    [Id] int IDENTITY(1,1),
    [InvoiceId] int NOT NULL,
    [PaidOn] date NOT NULL,
    [AmountWon] bigint NOT NULL,
    [Reference] nvarchar(100) NOT NULL,
    [RecordedById] nvarchar(450) NOT NULL,
    [RecordedAtUtc] datetime2 NOT NULL,
    CONSTRAINT [PK_InvoicePayments] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_InvoicePayments_Invoices_InvoiceId] FOREIGN KEY ([InvoiceId]) REFERENCES [Invoices] ([Id]) ON DELETE CASCADE
);
GO

CREATE TABLE [PurchaseOrderShipmentLines] (
    [Id] int IDENTITY(1,1),
    [LineId] int NOT NULL,
    [Quantity] int NOT NULL,
    [ShipmentId] int NOT NULL,
    CONSTRAINT [PK_PurchaseOrderShipmentLines] PRIMARY KEY ([Id]),
    CONSTRAINT [FK_PurchaseOrderShipmentLines_PurchaseOrderShipments_ShipmentId] FOREIGN KEY ([ShipmentId]) REFERENCES [PurchaseOrderShipments] ([Id]) ON DELETE CASCADE
);
GO

CREATE INDEX [IX_InvoicePayments_InvoiceId] ON [InvoicePayments] ([InvoiceId]);
GO

CREATE INDEX [IX_Invoices_EnterpriseId] ON [Invoices] ([EnterpriseId]);
GO

CREATE INDEX [IX_Invoices_InstitutionId] ON [Invoices] ([InstitutionId]);
GO

CREATE UNIQUE INDEX [IX_Invoices_PurchaseOrderId] ON [Invoices] ([PurchaseOrderId]);
GO

CREATE INDEX [IX_PurchaseOrderLines_ProductId] ON [PurchaseOrderLines] ([ProductId]);
GO

CREATE INDEX [IX_PurchaseOrderLines_PurchaseOrderId] ON [PurchaseOrderLines] ([PurchaseOrderId]);
GO

CREATE INDEX [IX_PurchaseOrders_BuyerId] ON [PurchaseOrders] ([BuyerId]);
GO

CREATE INDEX [IX_PurchaseOrders_EnterpriseId_Status] ON [PurchaseOrders] ([EnterpriseId], [Status]);
GO

CREATE INDEX [IX_PurchaseOrders_InstitutionId_InspectedAtUtc] ON [PurchaseOrders] ([InstitutionId], [InspectedAtUtc]);
GO

CREATE INDEX [IX_PurchaseOrders_InstitutionId_Status] ON [PurchaseOrders] ([InstitutionId], [Status]);
GO

CREATE UNIQUE INDEX [IX_PurchaseOrders_QuoteId] ON [PurchaseOrders] ([QuoteId]);
GO

CREATE INDEX [IX_PurchaseOrderShipmentLines_ShipmentId] ON [PurchaseOrderShipmentLines] ([ShipmentId]);
GO

CREATE INDEX [IX_PurchaseOrderShipments_PurchaseOrderId] ON [PurchaseOrderShipments] ([PurchaseOrderId]);
GO

CREATE INDEX [IX_QuoteLines_QuoteId] ON [QuoteLines] ([QuoteId]);
GO

CREATE INDEX [IX_QuoteRequestItems_QuoteRequestId] ON [QuoteRequestItems] ([QuoteRequestId]);
GO

CREATE INDEX [IX_QuoteRequestRecipients_EnterpriseId] ON [QuoteRequestRecipients] ([EnterpriseId]);
GO

CREATE INDEX [IX_QuoteRequests_BuyerId] ON [QuoteRequests] ([BuyerId]);
GO

CREATE INDEX [IX_QuoteRequests_InstitutionId_CreatedAtUtc] ON [QuoteRequests] ([InstitutionId], [CreatedAtUtc]);
GO

CREATE INDEX [IX_Quotes_EnterpriseId] ON [Quotes] ([EnterpriseId]);
GO

CREATE UNIQUE INDEX [IX_Quotes_QuoteRequestId_EnterpriseId] ON [Quotes] ([QuoteRequestId], [EnterpriseId]);
GO
