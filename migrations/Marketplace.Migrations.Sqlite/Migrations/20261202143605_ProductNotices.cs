using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Marketplace.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProductNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "NoticeTemplateId",
                table: "Products",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "Products",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NoticeTemplateId",
                table: "Categories",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "NoticeTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FieldsText = table.Column<string>(type: "TEXT", maxLength: 2430, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProductNoticeEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductNoticeEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductNoticeEntries_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "NoticeTemplates",
                columns: new[] { "Id", "Code", "FieldsText", "Name", "NameEn" },
                values: new object[,]
                {
                    { 1, "processed-food", "식품의 유형\n생산자 및 소재지\n제조연월일, 소비기한 또는 품질유지기한\n포장단위별 내용물의 용량(중량), 수량\n원재료명 및 함량\n영양성분\n유전자변형식품에 해당하는 경우의 표시\n소비자안전을 위한 주의사항\n수입식품에 해당하는 경우 \"수입식품안전관리특별법에 따른 수입신고를 필함\"의 문구\n소비자상담 관련 전화번호", "가공식품", "Processed food" },
                    { 2, "produce", "포장단위별 내용물의 용량(중량), 수량, 크기\n생산자(수입품의 경우 수입자를 함께 표기)\n농수산물의 원산지 표시 등에 관한 법률에 따른 원산지\n제조연월일(포장일 또는 생산연도), 소비기한 또는 품질유지기한\n관련 법상 표시사항(농산물 품질인증, 유기농 인증 등)\n상품구성\n보관방법 또는 취급방법\n소비자안전을 위한 주의사항\n소비자상담 관련 전화번호", "농수축산물", "Farm, sea and livestock produce" },
                    { 3, "household-chemical", "품목 및 용량\n효능·효과\n제조자 및 제조국(수입품의 경우 수입자를 함께 표기)\n아동·영유아 사용 가능 연령\n제품 주요성분\n안전기준적합확인 신고번호 또는 승인번호\n사용상 주의사항\n품질보증기준\n소비자상담 관련 전화번호", "생활화학제품", "Household chemical products" },
                    { 4, "cosmetics", "내용물의 용량 또는 중량\n제품 주요 사양\n사용기한 또는 개봉 후 사용기간\n사용방법\n화장품제조업자, 화장품책임판매업자\n제조국\n화장품법에 따라 기재해야 하는 모든 성분\n사용할 때의 주의사항\n품질보증기준\n소비자상담 관련 전화번호", "화장품", "Cosmetics" },
                    { 5, "clothing", "제품 소재\n색상\n치수\n제조자(수입품의 경우 수입자를 함께 표기)\n제조국\n세탁방법 및 취급시 주의사항\n제조연월\n품질보증기준\nA/S 책임자와 전화번호", "의류", "Clothing" },
                    { 6, "bags", "종류\n소재\n색상\n크기\n제조자(수입품의 경우 수입자를 함께 표기)\n제조국\n취급시 주의사항\n품질보증기준\nA/S 책임자와 전화번호", "가방·잡화", "Bags and accessories" },
                    { 7, "furniture", "품명\nKC 인증 필 유무\n색상\n구성품\n주요 소재\n제조자(수입품의 경우 수입자를 함께 표기)\n제조국\n크기\n배송·설치비용\n품질보증기준\nA/S 책임자와 전화번호", "가구", "Furniture" },
                    { 8, "kitchenware", "품명 및 모델명\n재질\n구성품\n크기\n제조자(수입품의 경우 수입자를 함께 표기)\n제조국\n식품등의 표시·광고에 관한 법률에 따른 수입신고 문구(수입품)\n품질보증기준\nA/S 책임자와 전화번호", "주방용품", "Kitchenware" },
                    { 9, "stationery", "품명 및 모델명\n재질\n크기 및 중량\n제조자(수입품의 경우 수입자를 함께 표기)\n제조국\nKC 인증 필 유무(해당하는 경우)\n품질보증기준\nA/S 책임자와 전화번호", "문구·사무용품", "Stationery and office supplies" },
                    { 10, "services", "서비스 제공 사업자\n서비스 내용 및 범위\n제공 기간 및 일정\n이용 조건(인원, 장소 등)\n계약 해제·해지 및 환불 조건\n소비자상담 관련 전화번호", "용역·서비스", "Services" },
                    { 11, "other", "품명 및 모델명\n법에 의한 인증·허가 등을 받았음을 확인할 수 있는 경우 그에 대한 사항\n제조국 또는 원산지\n제조자(수입품의 경우 수입자를 함께 표기)\nA/S 책임자와 전화번호 또는 소비자상담 관련 전화번호", "기타 재화", "Other goods" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Products_NoticeTemplateId",
                table: "Products",
                column: "NoticeTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_Categories_NoticeTemplateId",
                table: "Categories",
                column: "NoticeTemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeTemplates_Code",
                table: "NoticeTemplates",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProductNoticeEntries_ProductId",
                table: "ProductNoticeEntries",
                column: "ProductId");

            migrationBuilder.AddForeignKey(
                name: "FK_Categories_NoticeTemplates_NoticeTemplateId",
                table: "Categories",
                column: "NoticeTemplateId",
                principalTable: "NoticeTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Products_NoticeTemplates_NoticeTemplateId",
                table: "Products",
                column: "NoticeTemplateId",
                principalTable: "NoticeTemplates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Categories_NoticeTemplates_NoticeTemplateId",
                table: "Categories");

            migrationBuilder.DropForeignKey(
                name: "FK_Products_NoticeTemplates_NoticeTemplateId",
                table: "Products");

            migrationBuilder.DropTable(
                name: "NoticeTemplates");

            migrationBuilder.DropTable(
                name: "ProductNoticeEntries");

            migrationBuilder.DropIndex(
                name: "IX_Products_NoticeTemplateId",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Categories_NoticeTemplateId",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "NoticeTemplateId",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "NoticeTemplateId",
                table: "Categories");
        }
    }
}
