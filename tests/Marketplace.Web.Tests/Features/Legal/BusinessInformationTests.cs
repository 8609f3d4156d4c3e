using System.Net;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Legal;

/// <summary>Who runs the shop (every page's footer) and who sells each product (product and order pages),
/// as 전자상거래법 §10, §13 and §20 require, from settings the operator and the enterprise edit.</summary>
public class BusinessInformationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<T> Db<T>(Func<MarketplaceDbContext, Task<T>> read) => app.WithScopeAsync(sp => read(sp.GetRequiredService<MarketplaceDbContext>()));

    private static Dictionary<string, string> OperatorForm(string tradeName) => new()
    {
        ["Form.TradeName"] = tradeName, ["Form.Representative"] = "박대표", ["Form.Address"] = "부산광역시 해운대구 센텀로 1",
        ["Form.Phone"] = "1600-1234", ["Form.Email"] = "cs@market.example", ["Form.RegistrationNumber"] = "101-81-12341",
        ["Form.MailOrderNumber"] = "제2026-부산해운대-0100호", ["Form.HostingProvider"] = "바다호스팅", ["Form.PrivacyOfficer"] = "이책임",
        ["Form.PrivacyOfficerContact"] = "privacy@market.example",
    };

    [Fact]
    public async Task Every_page_footer_shows_the_operators_details_and_a_change_shows_at_once_even_on_cached_pages()
    {
        var visitor = app.CreateBrowserlikeClient();
        var home = await visitor.GetStringAsync("/");
        foreach (var label in new[] { "상호", "대표자", "사업자등록번호", "통신판매업 신고번호", "호스팅 서비스 제공자", "개인정보 보호책임자", "통신판매중개자" })
            Assert.Contains(label, home);
        Assert.Contains("사회적경제장터 주식회사 (예시)", home); // from configuration until the operator changes it
        Assert.Contains("https://www.ftc.go.kr/bizCommPop.do?wrkr_no=1018112341", home);
        Assert.Contains("href=\"/privacy\"", home);

        var admin = await app.SignedInAsync("admin@demo.kr");
        var bad = OperatorForm("");
        bad["Form.RegistrationNumber"] = "123-45-67890";
        var refused = await Html.PostFormAsync(admin, "/admin/settings/operator", bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("사업자등록번호가 올바르지 않습니다", await refused.Content.ReadAsStringAsync());

        var name = $"바다장터 {Guid.NewGuid():N}"[..12];
        var saved = await Html.PostFormAsync(admin, "/admin/settings/operator", OperatorForm(name));
        Assert.Equal("/admin/settings/operator?saved=1", saved.Headers.Location?.OriginalString);
        foreach (var path in new[] { "/", "/products", "/terms", "/privacy", "/account/login" })
        {
            var page = await visitor.GetStringAsync(path);
            Assert.Contains(name, page);
            Assert.Contains("제2026-부산해운대-0100호", page);
        }
        Assert.Contains("이책임", await visitor.GetStringAsync("/privacy")); // the policy names the officer the footer names
        // Kept as a setting's history: who changed what and when.
        Assert.True(await Db(db => db.PlatformSettings.AnyAsync(s => s.Key == "Operator:TradeName" && s.Value == name)));
        Assert.Contains(name, await admin.GetStringAsync("/admin/settings"));
    }

    [Fact]
    public async Task The_product_and_order_pages_show_the_seller_and_a_listing_without_seller_information_is_not_published()
    {
        var productId = await app.ProductWithStockAsync(5, enterpriseId: await app.EnterpriseOfAsync("seller@demo.kr"));
        var seller = await app.SignedInAsync("seller@demo.kr");
        var saved = await Html.PostFormAsync(seller, "/seller/profile/seller", new Dictionary<string, string>
        {
            ["Form.RepresentativeName"] = "이대표", ["Form.MailOrderNumber"] = "제 2026-서울마포-0777 호", ["Form.Phone"] = "02-333-4444",
            ["Form.Email"] = "help@seller.example", ["Form.Address"] = "서울특별시 마포구 월드컵로 1", ["Form.ReturnAddress"] = "경기도 고양시 반품로 7",
        });
        Assert.Equal("/seller/profile/seller?saved=1", saved.Headers.Location?.OriginalString);
        var product = await app.CreateBrowserlikeClient().GetStringAsync($"/products/{productId}");
        foreach (var expected in new[] { "판매자 정보", "이대표", "제2026-서울마포-0777호", "02-333-4444", "help@seller.example", "경기도 고양시 반품로 7" })
            Assert.Contains(expected, product);

        var refused = await Html.PostFormAsync(seller, "/seller/profile/seller", new Dictionary<string, string>
        {
            ["Form.RepresentativeName"] = "이대표", ["Form.MailOrderNumber"] = "없음", ["Form.Phone"] = "02-333-4444",
            ["Form.Email"] = "help@seller.example", ["Form.Address"] = "서울", ["Form.ReturnAddress"] = "서울",
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("통신판매업 신고번호를 신고증에 적힌 대로", await refused.Content.ReadAsStringAsync());

        var email = $"buyer-{Guid.NewGuid():N}@test.kr";
        var member = await app.NewMemberAsync(email);
        var orderId = await PaidOrderOfAsync(member, productId);
        var order = await (await app.SignedInAsync(email, "Test-12345!")).GetStringAsync($"/orders/{orderId}");
        Assert.Contains("제2026-서울마포-0777호", order);
        Assert.Contains("경기도 고양시 반품로 7", order);

        // An enterprise that never said who sells: the operator's approval of its listing is refused with the reason.
        var enterprise = await Db(async db =>
        {
            var e = new Enterprise($"무정보기업 {Guid.NewGuid():N}"[..12], "No Info", EnterpriseType.Cooperative,
                Web.Infrastructure.DemoData.DemoDataSeeder.RandomRegistrationNumber(Random.Shared),
                Domain.Common.Region.Seoul, DateTime.UtcNow);
            e.Approve();
            db.Enterprises.Add(e);
            await db.SaveChangesAsync();
            var p = new Product(e.Id, await db.Categories.Select(c => c.Id).FirstAsync(), ProductKind.Goods, "정보 없는 상품", "No info", "", "", new Domain.Common.Won(1000), 5, DateTime.UtcNow);
            p.SubmitForReview();
            db.Products.Add(p);
            await db.SaveChangesAsync();
            return (EnterpriseId: e.Id, ProductId: p.Id, p.Revision);
        });
        var admin = await app.SignedInAsync("admin@demo.kr");
        var decided = await Html.PostFormAsync(admin, $"/admin/listings/{enterprise.ProductId}/decide",
            new Dictionary<string, string> { ["decision"] = "Approve", ["revision"] = enterprise.Revision.ToString() }, antiforgeryFrom: "/admin/listings");
        Assert.Contains("판매자 정보", await decided.Content.ReadAsStringAsync());
        Assert.Equal(ProductStatus.PendingReview, await Db(db => db.Products.Where(p => p.Id == enterprise.ProductId).Select(p => p.Status).SingleAsync()));
    }

    private async Task<int> PaidOrderOfAsync(string member, int productId)
    {
        await app.AddToCartAsync(member, productId, 1);
        var started = await app.CheckoutAsync(member);
        await app.SendAsync(new Web.Features.Payments.ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved",
            started.PaymentId, Web.Features.Payments.ApplyPaymentOutcome.Outcome.Paid));
        return await Db(db => db.Orders.Where(o => o.PaymentId == started.PaymentId).Select(o => o.Id).SingleAsync());
    }
}
