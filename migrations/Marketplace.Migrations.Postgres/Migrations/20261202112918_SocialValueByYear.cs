using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Marketplace.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SocialValueByYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "SocialValueCarbonKg",
                table: "PurchaseOrderLines",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SocialValueEmploymentWon",
                table: "PurchaseOrderLines",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SocialValueEnvironmentWon",
                table: "PurchaseOrderLines",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SocialValueFairTradeWon",
                table: "PurchaseOrderLines",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SocialValueProductsWon",
                table: "PurchaseOrderLines",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SocialValueVulnerableJobs",
                table: "PurchaseOrderLines",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SocialValueYear",
                table: "PurchaseOrderLines",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SocialValueCarbonKg",
                table: "OrderLines",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SocialValueEmploymentWon",
                table: "OrderLines",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SocialValueEnvironmentWon",
                table: "OrderLines",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SocialValueFairTradeWon",
                table: "OrderLines",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SocialValueProductsWon",
                table: "OrderLines",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "SocialValueVulnerableJobs",
                table: "OrderLines",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SocialValueYear",
                table: "OrderLines",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Institutions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Public");

            migrationBuilder.CreateTable(
                name: "Collections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    TextEn = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BannerUrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Collections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImpactStories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    PhotoUrl = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RejectionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImpactStories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImpactStories_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SocialValueYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    SalesWon = table.Column<long>(type: "bigint", nullable: false),
                    Beneficiaries = table.Column<int>(type: "integer", nullable: false),
                    ProductsWon = table.Column<long>(type: "bigint", nullable: false),
                    Employees = table.Column<int>(type: "integer", nullable: false),
                    VulnerableEmployees = table.Column<int>(type: "integer", nullable: false),
                    EmploymentWon = table.Column<long>(type: "bigint", nullable: false),
                    FairTradePurchasesWon = table.Column<long>(type: "bigint", nullable: false),
                    FairTradeWon = table.Column<long>(type: "bigint", nullable: false),
                    CarbonKg = table.Column<long>(type: "bigint", nullable: false),
                    EnvironmentWon = table.Column<long>(type: "bigint", nullable: false),
                    TotalWon = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VerifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VerifiedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SocialValueYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SocialValueYears_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CollectionItems",
                columns: table => new
                {
                    CollectionId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectionItems", x => new { x.CollectionId, x.ProductId });
                    table.ForeignKey(
                        name: "FK_CollectionItems_Collections_CollectionId",
                        column: x => x.CollectionId,
                        principalTable: "Collections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CollectionItems_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionItems_ProductId",
                table: "CollectionItems",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Collections_Slug",
                table: "Collections",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImpactStories_EnterpriseId",
                table: "ImpactStories",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ImpactStories_Status_PublishedAtUtc",
                table: "ImpactStories",
                columns: new[] { "Status", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SocialValueYears_EnterpriseId_Year",
                table: "SocialValueYears",
                columns: new[] { "EnterpriseId", "Year" },
                unique: true);

            // The one set of figures each enterprise had becomes this Korean year's, self-reported. Its
            // value in won had no area, so it is kept as products and services; with no sales entered
            // yet, no purchase takes a share of it until the enterprise completes the year.
            migrationBuilder.Sql("INSERT INTO \"SocialValueYears\" (\"EnterpriseId\", \"Year\", \"SalesWon\", \"Beneficiaries\", \"ProductsWon\", \"Employees\", \"VulnerableEmployees\", \"EmploymentWon\", \"FairTradePurchasesWon\", \"FairTradeWon\", \"CarbonKg\", \"EnvironmentWon\", \"TotalWon\", \"Source\") SELECT \"Id\", CAST(EXTRACT(YEAR FROM (now() AT TIME ZONE 'Asia/Seoul')) AS integer), 0, 0, \"SocialValueWon\", \"TotalJobs\", \"VulnerableGroupJobs\", 0, 0, 0, \"CarbonReducedKg\", 0, \"SocialValueWon\", 'SelfReported' FROM \"Enterprises\" WHERE \"SocialValueWon\" > 0 OR \"TotalJobs\" > 0 OR \"CarbonReducedKg\" > 0");

            migrationBuilder.DropColumn(
                name: "CarbonReducedKg",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "SocialValueWon",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "TotalJobs",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "VulnerableGroupJobs",
                table: "Enterprises");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CollectionItems");

            migrationBuilder.DropTable(
                name: "ImpactStories");

            migrationBuilder.DropTable(
                name: "SocialValueYears");

            migrationBuilder.DropTable(
                name: "Collections");

            migrationBuilder.DropColumn(
                name: "SocialValueCarbonKg",
                table: "PurchaseOrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueEmploymentWon",
                table: "PurchaseOrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueEnvironmentWon",
                table: "PurchaseOrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueFairTradeWon",
                table: "PurchaseOrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueProductsWon",
                table: "PurchaseOrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueVulnerableJobs",
                table: "PurchaseOrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueYear",
                table: "PurchaseOrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueCarbonKg",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueEmploymentWon",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueEnvironmentWon",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueFairTradeWon",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueProductsWon",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueVulnerableJobs",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "SocialValueYear",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Institutions");

            migrationBuilder.AddColumn<long>(
                name: "CarbonReducedKg",
                table: "Enterprises",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "SocialValueWon",
                table: "Enterprises",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "TotalJobs",
                table: "Enterprises",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VulnerableGroupJobs",
                table: "Enterprises",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }
    }
}
