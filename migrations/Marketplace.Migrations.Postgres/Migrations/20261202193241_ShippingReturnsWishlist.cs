using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Marketplace.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ShippingReturnsWishlist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ShippingFeeWon",
                table: "Products",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "ShippingMode",
                table: "Products",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Bundled");

            migrationBuilder.AddColumn<long>(
                name: "BaseShippingFeeWon",
                table: "Orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "FreeShippingApplied",
                table: "Orders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "FreeShippingOverWon",
                table: "Orders",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RemoteShippingWon",
                table: "Orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "ReturnOpen",
                table: "Orders",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ReturnRefundedWon",
                table: "Orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ShippingWon",
                table: "Orders",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "ReturnedQuantity",
                table: "OrderLines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "FreeShippingOverWon",
                table: "Enterprises",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "IslandExtraFeeWon",
                table: "Enterprises",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "JejuExtraFeeWon",
                table: "Enterprises",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ShippingBaseFeeWon",
                table: "Enterprises",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "RefusesWishlistNews",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "RecentlyViewed",
                columns: table => new
                {
                    MemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    ViewedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecentlyViewed", x => new { x.MemberId, x.ProductId });
                    table.ForeignKey(
                        name: "FK_RecentlyViewed_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecentlyViewed_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RemoteAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromPostcode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    ToPostcode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RemoteAreas", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReturnRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    MemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PickupCarrier = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    PickupTrackingNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    RefusalReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CompletedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RefundWon = table.Column<long>(type: "bigint", nullable: false),
                    GoodsWon = table.Column<long>(type: "bigint", nullable: false),
                    ShopperShippingWon = table.Column<long>(type: "bigint", nullable: false),
                    ReshipCarrier = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    ReshipTrackingNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturnRequests_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WishlistItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SeenPriceWon = table.Column<long>(type: "bigint", nullable: false),
                    SeenInStock = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WishlistItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WishlistItems_AspNetUsers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WishlistItems_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReturnLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderLineId = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    ReturnRequestId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturnLines_ReturnRequests_ReturnRequestId",
                        column: x => x.ReturnRequestId,
                        principalTable: "ReturnRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "RemoteAreas",
                columns: new[] { "Id", "FromPostcode", "Kind", "Name", "ToPostcode" },
                values: new object[,]
                {
                    { 1, "63000", "Jeju", "제주특별자치도", "63644" },
                    { 2, "22386", "Island", "인천 중구 섬 지역", "22388" },
                    { 3, "23004", "Island", "인천 강화군 섬 지역", "23010" },
                    { 4, "23100", "Island", "인천 옹진군", "23136" },
                    { 5, "32133", "Island", "충남 태안군 섬 지역", "32133" },
                    { 6, "40200", "Island", "경북 울릉군", "40240" },
                    { 7, "52570", "Island", "경남 사천시 섬 지역", "52571" },
                    { 8, "53031", "Island", "경남 통영시 섬 지역", "53033" },
                    { 9, "58760", "Island", "전남 목포시 섬 지역", "58762" },
                    { 10, "58800", "Island", "전남 신안군", "58866" },
                    { 11, "59102", "Island", "전남 완도군 섬 지역", "59166" },
                    { 12, "59650", "Island", "전남 여수시 섬 지역", "59650" }
                });

            // The seeded areas took ids 1…n explicitly; the next one the operator adds continues after them.
            migrationBuilder.Sql("SELECT setval(pg_get_serial_sequence('\"RemoteAreas\"', 'Id'), (SELECT MAX(\"Id\") FROM \"RemoteAreas\"));");

            migrationBuilder.CreateIndex(
                name: "IX_RecentlyViewed_MemberId_ViewedAtUtc",
                table: "RecentlyViewed",
                columns: new[] { "MemberId", "ViewedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_RecentlyViewed_ProductId",
                table: "RecentlyViewed",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnLines_ReturnRequestId",
                table: "ReturnLines",
                column: "ReturnRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnRequests_EnterpriseId_CompletedAtUtc",
                table: "ReturnRequests",
                columns: new[] { "EnterpriseId", "CompletedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnRequests_EnterpriseId_Status",
                table: "ReturnRequests",
                columns: new[] { "EnterpriseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ReturnRequests_OrderId",
                table: "ReturnRequests",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_WishlistItems_MemberId_ProductId",
                table: "WishlistItems",
                columns: new[] { "MemberId", "ProductId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WishlistItems_ProductId",
                table: "WishlistItems",
                column: "ProductId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecentlyViewed");

            migrationBuilder.DropTable(
                name: "RemoteAreas");

            migrationBuilder.DropTable(
                name: "ReturnLines");

            migrationBuilder.DropTable(
                name: "WishlistItems");

            migrationBuilder.DropTable(
                name: "ReturnRequests");

            migrationBuilder.DropColumn(
                name: "ShippingFeeWon",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "ShippingMode",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "BaseShippingFeeWon",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "FreeShippingApplied",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "FreeShippingOverWon",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "RemoteShippingWon",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ReturnOpen",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ReturnRefundedWon",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ShippingWon",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "ReturnedQuantity",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "FreeShippingOverWon",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "IslandExtraFeeWon",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "JejuExtraFeeWon",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "ShippingBaseFeeWon",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "RefusesWishlistNews",
                table: "AspNetUsers");
        }
    }
}
