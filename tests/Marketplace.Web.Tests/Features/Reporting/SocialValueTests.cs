using System.Net;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Institutions;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Features.Procurement.Reports;
using Marketplace.Web.Features.Shop.Impact;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Reporting;

/// <summary>Social value from the enterprise's yearly figures to each purchase, each buyer and the public
/// page, against amounts worked out by hand.</summary>
public class SocialValueTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<T> Db<T>(Func<MarketplaceDbContext, Task<T>> read) => app.WithScopeAsync(sp => read(sp.GetRequiredService<MarketplaceDbContext>()));

    private static Dictionary<string, string> Figures(int year, long sales, long products, long employment, long fairTrade, long environment,
        int employees, int vulnerable, long carbon) => new()
    {
        ["Form.Year"] = $"{year}", ["Form.SalesWon"] = $"{sales}", ["Form.Beneficiaries"] = "120", ["Form.ProductsWon"] = $"{products}",
        ["Form.Employees"] = $"{employees}", ["Form.VulnerableEmployees"] = $"{vulnerable}", ["Form.EmploymentWon"] = $"{employment}",
        ["Form.FairTradePurchasesWon"] = "30000000", ["Form.FairTradeWon"] = $"{fairTrade}", ["Form.CarbonKg"] = $"{carbon}",
        ["Form.EnvironmentWon"] = $"{environment}", ["Form.Source"] = "SpcMeasured",
    };

    private async Task<(int OrderId, Guid PaymentId)> PayAsync(string memberId, int productId, int quantity)
    {
        await app.AddToCartAsync(memberId, productId, quantity);
        var started = await app.CheckoutAsync(memberId);
        await app.SendAsync(new ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved", started.PaymentId, ApplyPaymentOutcome.Outcome.Paid));
        return (await Db(db => db.Orders.Where(o => o.PaymentId == started.PaymentId).Select(o => o.Id).SingleAsync()), started.PaymentId);
    }

    [Fact]
    public async Task A_million_won_purchase_carries_178_000_won_on_its_order_and_mail_and_a_later_correction_leaves_it()
    {
        var year = KoreaTime.Today(app.Clock).Year;
        using var seller = await app.SignedInAsync("seller2@demo.kr");
        var enterprise = await app.EnterpriseOfAsync("seller2@demo.kr");

        var tooMany = await Html.PostFormAsync(seller, "/seller/social-value", Figures(year, 500_000_000, 50_000_000, 20_000_000, 9_000_000, 10_000_000, 20, 30, 30_000));
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("전체 고용 인원보다 많을 수 없습니다", await tooMany.Content.ReadAsStringAsync());
        var future = await Html.PostFormAsync(seller, "/seller/social-value", Figures(year + 1, 500_000_000, 1, 0, 0, 0, 1, 0, 0));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var negative = await Html.PostFormAsync(seller, "/seller/social-value", Figures(year, -5, 1, 0, 0, 0, 1, 0, 0));
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect,
            (await Html.PostFormAsync(seller, "/seller/social-value", Figures(year, 500_000_000, 50_000_000, 20_000_000, 9_000_000, 10_000_000, 25, 10, 30_000))).StatusCode);

        var email = $"impact-{Guid.NewGuid():N}@test.kr";
        var member = await app.NewMemberAsync(email);
        var product = await app.ProductWithStockAsync(10, 250_000, enterprise);
        var (orderId, _) = await PayAsync(member, product, 4);

        var share = await Db(db => db.Orders.Where(o => o.Id == orderId).SelectMany(o => o.Lines).Select(l => l.SocialValue).SingleAsync());
        Assert.Equal((year, 100_000L, 40_000L, 18_000L, 20_000L, 178_000L), (share!.Year, share.ProductsWon, share.EmploymentWon, share.FairTradeWon, share.EnvironmentWon, share.TotalWon));
        Assert.Equal((0.02m, 60m), (share.VulnerableJobs, share.CarbonKg));
        Assert.Contains("이 구매가 만든 사회적 가치: 178,000원", app.MailContaining(email, "이 구매가 만든 사회적 가치"));

        using var shopper = await app.SignedInAsync(email, "Test-12345!");
        var page = await shopper.GetStringAsync($"/orders/{orderId}");
        Assert.Contains("이 구매가 만든 사회적 가치", page);
        Assert.Contains("178,000원", page);

        // The enterprise doubles its products-and-services value: the order keeps what it was given.
        Assert.Equal(HttpStatusCode.Redirect,
            (await Html.PostFormAsync(seller, "/seller/social-value", Figures(year, 500_000_000, 100_000_000, 20_000_000, 9_000_000, 10_000_000, 25, 10, 30_000))).StatusCode);
        Assert.Contains("178,000원", await shopper.GetStringAsync($"/orders/{orderId}"));
        Assert.Contains("139,000,000원", await app.CreateClient().GetStringAsync($"/enterprises/{enterprise}"));

        var impact = await shopper.GetStringAsync("/account/impact");
        Assert.Contains("178,000원", impact);
        Assert.Contains("1,000,000원", impact);

        // The operator verifies the corrected figures; the enterprise card says so.
        var figuresId = await Db(db => db.SocialValueYears.Where(y => y.EnterpriseId == enterprise && y.Year == year).Select(y => y.Id).SingleAsync());
        using var admin = await app.SignedInAsync("admin@demo.kr");
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(admin, $"/admin/social-value/{figuresId}/verify",
            new Dictionary<string, string> { ["verified"] = "true" }, antiforgeryFrom: "/admin/social-value")).StatusCode);
        Assert.Contains("운영자 확인", await app.CreateClient().GetStringAsync($"/enterprises/{enterprise}?v=1"));
    }

    [Fact]
    public async Task A_year_without_figures_gives_the_order_no_social_value()
    {
        var enterprise = await NewEnterpriseAsync($"수치없는기업 {SliceFixture.Token()}");
        var product = await NewProductAsync(enterprise.Id, 30_000, 5);
        var (orderId, _) = await PayAsync(await app.NewMemberAsync(), product, 1);
        Assert.Null(await Db(db => db.Orders.Where(o => o.Id == orderId).SelectMany(o => o.Lines).Select(l => l.SocialValue).SingleAsync()));
    }

    private Task<Enterprise> NewEnterpriseAsync(string name, EnterpriseType type = EnterpriseType.CertifiedSocialEnterprise, Region region = Region.Seoul) => Db(async db =>
    {
        var enterprise = new Enterprise(name, name, type, Web.Infrastructure.DemoData.DemoDataSeeder.RandomRegistrationNumber(Random.Shared), region, DateTime.UtcNow);
        enterprise.Certify("2026-777", KoreaTime.Today(TimeProvider.System).AddYears(1));
        enterprise.Approve();
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();
        return enterprise;
    });

    private Task<int> NewFiguresAsync(int enterpriseId, int year, long salesWon, long productsWon = 0, long employmentWon = 0, long environmentWon = 0,
        int employees = 0, int vulnerableEmployees = 0, long carbonKg = 0) => Db(async db =>
    {
        var figures = new SocialValueYear(enterpriseId, year, year);
        figures.Record(new SocialValueFigures(salesWon, 0, productsWon, employees, vulnerableEmployees, employmentWon, 0, 0, carbonKg, environmentWon, FigureSource.SelfReported));
        db.SocialValueYears.Add(figures);
        await db.SaveChangesAsync();
        return figures.Id;
    });

    private Task<int> NewProductAsync(int enterpriseId, long price, int stock) => Db(async db =>
    {
        var enterprise = await db.Enterprises.SingleAsync(e => e.Id == enterpriseId);
        enterprise.DescribeSeller("대표자", new SellerInformation(null, true, "02-123-4567", "seller@example.kr", "서울 중구 세종대로 110", "서울 중구 세종대로 110"));
        var category = await db.Categories.Where(c => c.Kind == ProductKind.Goods).Select(c => c.Id).FirstAsync();
        var product = new Product(enterpriseId, category, ProductKind.Goods, $"측정 상품 {SliceFixture.Token()}", "Test product", "설명", "Description",
            new Won(price), stock, DateTime.UtcNow);
        product.SubmitForReview();
        product.Publish(enterprise, product.Revision);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product.Id;
    });

    /// <summary>A purchase order delivered in full and waiting for inspection.</summary>
    private Task<int> DeliveredOrderAsync(TestInstitution institution, int enterpriseId, PurchaseOrderLine line) => Db(async db =>
    {
        var enterprise = await db.Enterprises.SingleAsync(e => e.Id == enterpriseId);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var order = new PurchaseOrder(institution.Id, enterprise, institution.BuyerId, PurchaseMethod.DirectPurchase, null, "본관 1층", KoreaTime.Today(app.Clock).AddDays(7), [line], now);
        order.Approve(institution.ApproverId, now);
        order.Confirm(now);
        db.PurchaseOrders.Add(order);
        await db.SaveChangesAsync();
        order.Ship(order.Lines.ToDictionary(l => l.Id, l => l.Quantity), "한진택배", "5000-1111-2222", now);
        await db.SaveChangesAsync();
        return order.Id;
    });

    [Fact]
    public async Task Inspected_purchases_add_up_by_type_region_kind_and_month_with_the_gri_lines_in_the_page_the_workbook_and_the_pdf()
    {
        var year = KoreaTime.Today(app.Clock).Year;
        var institution = await app.NewInstitutionAsync(); // in Seoul
        var seoul = await NewEnterpriseAsync($"서울청소 {SliceFixture.Token()}", EnterpriseType.CertifiedSocialEnterprise, Region.Seoul);
        var busan = await NewEnterpriseAsync($"부산협동 {SliceFixture.Token()}", EnterpriseType.Cooperative, Region.Busan);
        await NewFiguresAsync(seoul.Id, year, salesWon: 440_000_000, employmentWon: 44_000_000, employees: 20, vulnerableEmployees: 11);
        await NewFiguresAsync(busan.Id, year, salesWon: 1_000_000_000, productsWon: 50_000_000, environmentWon: 50_000_000, carbonKg: 100_000);

        // 10 cleaning visits at 100,000 + 10,000 VAT, 8 accepted: 880,000 won, 0.002 of 440,000,000 → 88,000 won, 0.022 jobs.
        var cleaning = await DeliveredOrderAsync(institution, seoul.Id, PurchaseOrderLine.AtSupplyPrice("사무실 정기 청소", ProductKind.Service, 10, 100_000));
        // 5 boxes at 22,000 won: 110,000 won, 0.00011 of 1,000,000,000 → 5,500 + 5,500 won, 11 kg.
        var boxes = await DeliveredOrderAsync(institution, busan.Id, PurchaseOrderLine.AtInclusivePrice(null, "재생 복사용지", ProductKind.Goods, 5, new Won(22_000)));
        var cleaningLine = await Db(db => db.PurchaseOrders.Where(o => o.Id == cleaning).SelectMany(o => o.Lines).Select(l => l.Id).SingleAsync());
        var boxesLine = await Db(db => db.PurchaseOrders.Where(o => o.Id == boxes).SelectMany(o => o.Lines).Select(l => l.Id).SingleAsync());
        Assert.True(await app.SendAsync(new PurchaseOrders.Inspect(institution.Id, institution.BuyerId, cleaning, new Dictionary<int, int> { [cleaningLine] = 8 }, "2회 미실시")));
        Assert.True(await app.SendAsync(new PurchaseOrders.Inspect(institution.Id, institution.BuyerId, boxes, new Dictionary<int, int> { [boxesLine] = 5 }, null)));
        await app.SendAsync(new PurchaseResults.SetTotal(institution.Id, year, 9_900_000));

        var report = await app.SendAsync(new ImpactReport.Query(institution.Id, year));
        Assert.Equal((990_000L, 99_000L, 2), (report.BoughtWon, report.Total.TotalWon, report.Enterprises));
        Assert.Equal((88_000L, 5_500L, 5_500L), (report.Total.EmploymentWon, report.Total.ProductsWon, report.Total.EnvironmentWon));
        Assert.Equal((0.022m, 11m), (report.Total.VulnerableJobs, report.Total.CarbonKg));
        Assert.Equal(("Region.Seoul", 880_000L, 88_000L), (report.ByRegion[0].Key, report.ByRegion[0].BoughtWon, report.ByRegion[0].Impact.TotalWon));
        Assert.Equal(("Region.Busan", 110_000L, 11_000L), (report.ByRegion[1].Key, report.ByRegion[1].BoughtWon, report.ByRegion[1].Impact.TotalWon));
        Assert.Equal(880_000, report.ByKind.Single(g => g.Key == "ProductKind.Service").BoughtWon);
        Assert.Equal(11_000, report.ByType.Single(g => g.Key == "EnterpriseType.Cooperative").Impact.TotalWon);
        Assert.Equal(99_000, report.ByMonth[KoreaTime.Today(app.Clock).Month - 1].Impact.TotalWon);
        Assert.Equal((10.00m, 880_000L, 88.89m), (report.SharePercent, report.LocalWon, report.LocalPercent));

        using var buyer = await app.SignedInAsync(institution.BuyerEmail, "Test-12345!");
        var page = await buyer.GetStringAsync($"/procurement/impact?year={year}");
        Assert.Contains("99,000원", page);
        Assert.Contains("88.89%", page);
        var xlsx = await buyer.GetByteArrayAsync($"/procurement/impact/{year}.xlsx");
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(xlsx), false))
        {
            var part = workbook.WorkbookPart!;
            var sheet = Assert.Single(part.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>());
            var cells = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()
                .Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList();
            Assert.Contains("99000", cells);
            Assert.Contains("GRI 204 공급망 구매 관행", cells);
            Assert.Contains("서울특별시 관내", cells);
        }
        var pdf = await buyer.GetAsync($"/procurement/impact/{year}.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var text = Pdf.Text(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("사회적 가치 구매 보고서", text);
        Assert.Contains("99,000", text);
        Assert.Contains("88.89%", text);

        // Another institution's buyer sees nothing of it.
        var other = await app.NewInstitutionAsync();
        Assert.Equal(0, (await app.SendAsync(new ImpactReport.Query(other.Id, year))).BoughtWon);
    }

    [Fact]
    public async Task A_company_registers_as_a_buyer_by_its_registration_number_once_and_reads_the_gri_lines()
    {
        var nine = $"{Random.Shared.Next(101, 900):000}{Random.Shared.Next(81, 89):00}{Random.Shared.Next(0, 10000):0000}";
        var number = BusinessRegistrationNumber.Parse(nine + BusinessRegistrationNumber.CheckDigit(nine));
        Dictionary<string, string> Form() => new()
        {
            ["Form.Kind"] = "Company", ["Form.Name"] = "(주)지속가능상사", ["Form.InstitutionCode"] = "", ["Form.RegistrationNumber"] = number.ToString(),
            ["Form.Region"] = "Gyeonggi", ["Form.Address"] = "경기도 성남시 분당구 판교로 1", ["Form.ContactName"] = "오지속", ["Form.ContactPhone"] = "031-123-4567",
        };
        var first = $"company-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(first);
        using var applicant = await app.SignedInAsync(first, "Test-12345!");
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(applicant, "/procurement/apply", Form())).StatusCode);
        var company = await Db(db => db.Institutions.SingleAsync(i => i.RegistrationNumber == number.Digits));
        Assert.Equal((BuyerKind.Company, "C" + number.Digits, ApprovalStatus.Pending), (company.Kind, company.InstitutionCode, company.Status));

        var second = $"company-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(second);
        using var again = await app.SignedInAsync(second, "Test-12345!");
        var refused = await Html.PostFormAsync(again, "/procurement/apply", Form());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("이미 등록되어 있습니다", await refused.Content.ReadAsStringAsync());

        using var esg = await app.SignedInAsync("esg@demo.kr");
        var page = await esg.GetStringAsync("/procurement/impact");
        Assert.Contains("GRI 204", page);
        Assert.Contains("ESG 보고서", page);
    }

    [Fact]
    public async Task The_public_figures_hide_a_year_until_three_buyers_bought_and_then_add_up_by_hand()
    {
        // 2019 has no demo purchases: every figure of that year comes from this test.
        var enterprise = await NewEnterpriseAsync($"공개측정 {SliceFixture.Token()}", EnterpriseType.VillageEnterprise, Region.Jeju);
        await NewFiguresAsync(enterprise.Id, 2019, salesWon: 100_000_000, productsWon: 10_000_000);
        var product = await NewProductAsync(enterprise.Id, 20_000, 50);
        var cache = app.Services.GetRequiredService<SharedReadCache>();
        app.Clock.Advance(new DateTimeOffset(2019, 6, 3, 3, 0, 0, TimeSpan.Zero) - app.Clock.GetUtcNow());
        try
        {
            await PayAsync(await app.NewMemberAsync(), product, 1);
            var twice = await app.NewMemberAsync();
            await PayAsync(twice, product, 2);
            await cache.InvalidateAsync();
            var two = await app.SendAsync(new MarketFigures.Query(2019));
            Assert.True(two.Total.Suppressed);
            Assert.Null(two.Regions.Single(r => r.Key == "Jeju").SocialValueWon);

            await PayAsync(await app.NewMemberAsync(), product, 3);
            await cache.InvalidateAsync();
            var three = await app.SendAsync(new MarketFigures.Query(2019));
            // 6 units of 20,000 won: 120,000 won, a tenth of it (10,000,000 / 100,000,000) social value.
            Assert.Equal((120_000L, 0L, 1, 12_000L), (three.Total.ConsumerWon!.Value, three.Total.ProcurementWon!.Value, three.Total.Enterprises!.Value, three.Total.SocialValueWon!.Value));
            Assert.Equal(12_000, three.Regions.Single(r => r.Key == "Jeju").SocialValueWon);
            Assert.Equal(12_000, three.Months[5].SocialValueWon);
            Assert.True(three.Months[6].Suppressed);
            Assert.Equal(12_000, three.Types.Single(t => t.Key == "VillageEnterprise").SocialValueWon);

            var csv = System.Text.Encoding.UTF8.GetString(OpenData.Csv(three));
            Assert.Contains("CC BY 4.0", csv);
            Assert.Contains("total,Total,120000,0,120000,1,12000,", csv);
            Assert.Contains("month,7,,,,,,,,true", csv);
            var json = System.Text.Json.JsonDocument.Parse(OpenData.JsonOf(three)).RootElement;
            Assert.Equal(12_000, json.GetProperty("total").GetProperty("social_value_won").GetInt64());
            Assert.StartsWith("CC BY 4.0", json.GetProperty("licence").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("months")[6].GetProperty("social_value_won").ValueKind);
        }
        finally
        {
            app.Clock.Advance(DateTimeOffset.UtcNow - app.Clock.GetUtcNow());
        }
        var page = await app.CreateClient().GetStringAsync("/impact?year=2019");
        Assert.Contains("사회적 가치 공동 측정", page);
        Assert.Contains("<svg", page);
    }

    [Fact]
    public async Task A_story_shows_once_the_operator_approves_it_and_a_collection_shows_its_chosen_products_during_its_period()
    {
        using var seller = await app.SignedInAsync("seller2@demo.kr");
        var enterprise = await app.EnterpriseOfAsync("seller2@demo.kr");
        var title = $"발달장애 청년 바리스타 {SliceFixture.Token()}";
        var tooShort = await Html.PostFormAsync(seller, "/seller/stories", new Dictionary<string, string> { ["title"] = title, ["body"] = "짧아요" });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(seller, "/seller/stories", new Dictionary<string, string>
            { ["title"] = title, ["body"] = "올해 발달장애 청년 네 명이 바리스타 자격을 따고 정규직이 되었습니다." })).StatusCode);
        Assert.DoesNotContain(title, await app.CreateClient().GetStringAsync($"/enterprises/{enterprise}?s=1"));

        var story = await Db(db => db.ImpactStories.Where(s => s.Title == title).Select(s => s.Id).SingleAsync());
        using var admin = await app.SignedInAsync("admin@demo.kr");
        var noReason = await Html.PostFormAsync(admin, $"/admin/stories/{story}/decide", new Dictionary<string, string> { ["decision"] = "Reject" }, antiforgeryFrom: "/admin/stories");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(admin, $"/admin/stories/{story}/decide",
            new Dictionary<string, string> { ["decision"] = "Approve" }, antiforgeryFrom: "/admin/stories")).StatusCode);
        Assert.Contains(title, await app.CreateClient().GetStringAsync($"/enterprises/{enterprise}?s=2"));
        Assert.Contains(title, await app.CreateClient().GetStringAsync("/impact?s=2"));

        var product = await NewProductAsync(enterprise, 15_000, 10);
        var productName = await Db(db => db.Products.Where(p => p.Id == product).Select(p => p.Name).SingleAsync());
        var today = KoreaTime.Today(app.Clock);
        var slug = "esg-" + SliceFixture.Token();
        Dictionary<string, string> Collection(string ids, DateOnly from, DateOnly to) => new()
        {
            ["Form.Slug"] = slug, ["Form.Title"] = "ESG 환경마켓", ["Form.TitleEn"] = "ESG green market", ["Form.Text"] = "환경을 생각한 상품",
            ["Form.TextEn"] = "", ["Form.StartsOn"] = from.ToString("yyyy-MM-dd"), ["Form.EndsOn"] = to.ToString("yyyy-MM-dd"), ["Form.ProductIds"] = ids,
        };
        var unknown = await Html.PostFormAsync(admin, "/admin/collections", Collection($"{product}, 99999999", today, today.AddDays(7)));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("99999999", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await Html.PostFormAsync(admin, "/admin/collections", Collection($"{product}", today, today.AddDays(-1)))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(admin, "/admin/collections", Collection($"{product}", today, today.AddDays(7)))).StatusCode);
        Assert.Contains(productName, await app.CreateClient().GetStringAsync($"/collections/{slug}"));
        Assert.Contains("ESG 환경마켓", await app.CreateClient().GetStringAsync("/?c=1"));

        var id = await Db(db => db.Collections.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(admin, "/admin/collections",
            new Dictionary<string, string>(Collection($"{product}", today.AddDays(-10), today.AddDays(-1))) { ["Form.Id"] = $"{id}" }, antiforgeryFrom: "/admin/collections")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/collections/{slug}?after=1")).StatusCode);
    }

    [Theory]
    [InlineData("04524", Region.Seoul)]
    [InlineData("13529", Region.Gyeonggi)]
    [InlineData("30103", Region.Sejong)]
    [InlineData("48058", Region.Busan)]
    [InlineData("63309", Region.Jeju)]
    [InlineData("99999", null)]
    [InlineData("1234", null)]
    [InlineData("ab123", null)]
    public void The_region_of_a_delivery_address_comes_from_its_postcode(string postcode, Region? region) =>
        Assert.Equal(region, Regions.OfPostcode(postcode));
}
