using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProcurementDocumentsAndCardPayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeclineReason",
                table: "QuoteRequestRecipients",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeclinedAtUtc",
                table: "QuoteRequestRecipients",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Method",
                table: "PurchaseOrderShipments",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "InspectedById",
                table: "PurchaseOrders",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LowSviReason",
                table: "PurchaseOrders",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SviGrade",
                table: "PurchaseOrders",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SviYear",
                table: "PurchaseOrders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InvoiceId",
                table: "Payments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TaxApprovalNumber",
                table: "Invoices",
                type: "TEXT",
                maxLength: 26,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Method",
                table: "InvoicePayments",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "PaymentId",
                table: "InvoicePayments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "TargetPercent",
                table: "InstitutionYearTotals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SviGrade",
                table: "Enterprises",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SviYear",
                table: "Enterprises",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProcurementDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    PurchaseOrderId = table.Column<int>(type: "INTEGER", nullable: true),
                    QuoteRequestId = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    IssuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementDocuments_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProcurementDocuments_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProcurementDocuments_PurchaseOrders_PurchaseOrderId",
                        column: x => x.PurchaseOrderId,
                        principalTable: "PurchaseOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProcurementDocuments_QuoteRequests_QuoteRequestId",
                        column: x => x.QuoteRequestId,
                        principalTable: "QuoteRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuoteAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    QuoteRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuoteAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuoteAttachments_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_QuoteAttachments_QuoteRequests_QuoteRequestId",
                        column: x => x.QuoteRequestId,
                        principalTable: "QuoteRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_InvoiceId",
                table: "Payments",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_InvoicePayments_PaymentId",
                table: "InvoicePayments",
                column: "PaymentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementDocuments_EnterpriseId",
                table: "ProcurementDocuments",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementDocuments_InstitutionId",
                table: "ProcurementDocuments",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementDocuments_Kind_SourceId_Revision",
                table: "ProcurementDocuments",
                columns: new[] { "Kind", "SourceId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementDocuments_PurchaseOrderId",
                table: "ProcurementDocuments",
                column: "PurchaseOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementDocuments_QuoteRequestId",
                table: "ProcurementDocuments",
                column: "QuoteRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteAttachments_EnterpriseId",
                table: "QuoteAttachments",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteAttachments_QuoteRequestId",
                table: "QuoteAttachments",
                column: "QuoteRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_QuoteAttachments_StorageKey",
                table: "QuoteAttachments",
                column: "StorageKey");

            migrationBuilder.AddForeignKey(
                name: "FK_Payments_Invoices_InvoiceId",
                table: "Payments",
                column: "InvoiceId",
                principalTable: "Invoices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Payments_Invoices_InvoiceId",
                table: "Payments");

            migrationBuilder.DropTable(
                name: "ProcurementDocuments");

            migrationBuilder.DropTable(
                name: "QuoteAttachments");

            migrationBuilder.DropIndex(
                name: "IX_Payments_InvoiceId",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_InvoicePayments_PaymentId",
                table: "InvoicePayments");

            migrationBuilder.DropColumn(
                name: "DeclineReason",
                table: "QuoteRequestRecipients");

            migrationBuilder.DropColumn(
                name: "DeclinedAtUtc",
                table: "QuoteRequestRecipients");

            migrationBuilder.DropColumn(
                name: "Method",
                table: "PurchaseOrderShipments");

            migrationBuilder.DropColumn(
                name: "InspectedById",
                table: "PurchaseOrders");

            migrationBuilder.DropColumn(
                name: "LowSviReason",
                table: "PurchaseOrders");

            migrationBuilder.DropColumn(
                name: "SviGrade",
                table: "PurchaseOrders");

            migrationBuilder.DropColumn(
                name: "SviYear",
                table: "PurchaseOrders");

            migrationBuilder.DropColumn(
                name: "InvoiceId",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "TaxApprovalNumber",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "Method",
                table: "InvoicePayments");

            migrationBuilder.DropColumn(
                name: "PaymentId",
                table: "InvoicePayments");

            migrationBuilder.DropColumn(
                name: "TargetPercent",
                table: "InstitutionYearTotals");

            migrationBuilder.DropColumn(
                name: "SviGrade",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "SviYear",
                table: "Enterprises");
        }
    }
}
