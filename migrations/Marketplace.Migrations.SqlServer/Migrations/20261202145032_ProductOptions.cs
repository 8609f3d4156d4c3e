using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProductOptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CartLines_CartId_ProductId",
                table: "CartLines");

            migrationBuilder.AddColumn<string>(
                name: "OptionLabel",
                table: "Products",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OptionId",
                table: "OrderLines",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OptionName",
                table: "OrderLines",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OptionId",
                table: "CartLines",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ProductOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProductId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PriceDifferenceWon = table.Column<long>(type: "bigint", nullable: false),
                    Stock = table.Column<int>(type: "int", nullable: false),
                    Sku = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductOptions_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CartLines_CartId_ProductId_OptionId",
                table: "CartLines",
                columns: new[] { "CartId", "ProductId", "OptionId" },
                unique: true,
                filter: "[OptionId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CartLines_OptionId",
                table: "CartLines",
                column: "OptionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductOptions_ProductId_Name",
                table: "ProductOptions",
                columns: new[] { "ProductId", "Name" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_CartLines_ProductOptions_OptionId",
                table: "CartLines",
                column: "OptionId",
                principalTable: "ProductOptions",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CartLines_ProductOptions_OptionId",
                table: "CartLines");

            migrationBuilder.DropTable(
                name: "ProductOptions");

            migrationBuilder.DropIndex(
                name: "IX_CartLines_CartId_ProductId_OptionId",
                table: "CartLines");

            migrationBuilder.DropIndex(
                name: "IX_CartLines_OptionId",
                table: "CartLines");

            migrationBuilder.DropColumn(
                name: "OptionLabel",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "OptionId",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "OptionName",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "OptionId",
                table: "CartLines");

            migrationBuilder.CreateIndex(
                name: "IX_CartLines_CartId_ProductId",
                table: "CartLines",
                columns: new[] { "CartId", "ProductId" },
                unique: true);
        }
    }
}
