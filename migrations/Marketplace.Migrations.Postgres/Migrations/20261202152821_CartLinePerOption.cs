using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CartLinePerOption : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CartLines_CartId_ProductId_WithoutOption",
                table: "CartLines",
                columns: new[] { "CartId", "ProductId" },
                unique: true,
                filter: "\"OptionId\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CartLines_CartId_ProductId_WithoutOption",
                table: "CartLines");
        }
    }
}
