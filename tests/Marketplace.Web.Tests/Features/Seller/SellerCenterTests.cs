using System.Net;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Seller;

/// <summary>The seller center over HTTP with the demo accounts seller@demo.kr and seller2@demo.kr.</summary>
public class SellerCenterTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>The revision the review page's form for the listing carries, as the operator's browser would post it.</summary>
    private static async Task<string> RevisionShownAsync(HttpClient admin, int id) =>
        System.Text.RegularExpressions.Regex.Match(await admin.GetStringAsync("/admin/listings"),
            $"""action="/admin/listings/{id}/decide"[^>]*>[\s\S]*?name="revision" value="(\d+)" """.TrimEnd()).Groups[1].Value;

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = app.CreateBrowserlikeClient();
        var response = await Html.PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Demo1234!" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private Task<int> EnterpriseOfAsync(string email) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<MarketplaceDbContext>().Users.Where(u => u.Email == email).Select(u => u.EnterpriseId!.Value).SingleAsync());

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string>? fields = null)
    {
        var token = Html.AntiforgeryToken(await client.GetStringAsync("/account/logout"));
        var form = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>A paid consumer order for a product of this enterprise.</summary>
    private async Task<int> PaidOrderOfAsync(int enterpriseId)
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(10, 9_000, enterpriseId);
        await app.AddToCartAsync(member, product, 1);
        var started = await app.CheckoutAsync(member);
        await app.SendAsync(new ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved", started.PaymentId, ApplyPaymentOutcome.Outcome.Paid));
        return await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.PaymentId == started.PaymentId).Select(o => o.Id).SingleAsync());
    }

    [Fact]
    public async Task Staff_of_one_enterprise_reach_nothing_of_another_by_editing_ids()
    {
        var otherEnterprise = await EnterpriseOfAsync("seller2@demo.kr");
        var otherOrder = await PaidOrderOfAsync(otherEnterprise);
        var otherProduct = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .Where(p => p.EnterpriseId == otherEnterprise).Select(p => p.Id).FirstAsync());
        using var seller = await SignInAsync("seller@demo.kr");

        Assert.Equal(HttpStatusCode.NotFound, (await seller.GetAsync($"/seller/orders/{otherOrder}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await seller.GetAsync($"/seller/products/{otherProduct}/edit")).StatusCode);
        foreach (var step in new[] { "accept", "ship", "deliver" })
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(seller, $"/seller/orders/{otherOrder}/{step}",
                new() { ["carrier"] = "CJ대한통운", ["trackingNumber"] = "123456789" })).StatusCode);
        foreach (var action in new[] { "submit", "copy", "archive" })
            Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(seller, $"/seller/products/{otherProduct}/{action}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(seller, $"/seller/products/{otherProduct}/edit",
            new() { ["Form.Name"] = "탈취", ["Form.Category"] = "cleaning", ["Form.Price"] = "1", ["Form.Stock"] = "1", ["Form.Kind"] = "Goods" })).StatusCode);

        var list = await seller.GetStringAsync("/seller/orders");
        Assert.DoesNotContain($"/seller/orders/{otherOrder}\"", list);
        var product = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.AsNoTracking().SingleAsync(p => p.Id == otherProduct));
        Assert.NotEqual("탈취", product.Name);
        Assert.Equal(ProductStatus.Published, product.Status);
        Assert.Equal(OrderStatus.Paid, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders
            .Where(o => o.Id == otherOrder).Select(o => o.Status).SingleAsync()));
    }

    [Fact]
    public async Task Seller_routes_are_closed_to_visitors_and_consumers()
    {
        using var visitor = app.CreateBrowserlikeClient();
        foreach (var url in new[] { "/seller", "/seller/orders", "/seller/products", "/seller/products/new" })
            Assert.Contains("/account/login", (await visitor.GetAsync(url)).Headers.Location!.OriginalString);

        using var consumer = await SignInAsync("consumer@demo.kr");
        Assert.Contains("/account/denied", (await consumer.GetAsync("/seller/orders")).Headers.Location!.OriginalString);
        Assert.Contains("/account/denied", (await consumer.GetAsync("/admin/listings")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_enterprise_ships_an_order_and_the_shopper_sees_it()
    {
        var enterprise = await EnterpriseOfAsync("seller@demo.kr");
        var order = await PaidOrderOfAsync(enterprise);
        using var seller = await SignInAsync("seller@demo.kr");

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(seller, $"/seller/orders/{order}/accept")).StatusCode);
        var bad = await PostAsync(seller, $"/seller/orders/{order}/ship", new() { ["carrier"] = "", ["trackingNumber"] = "<x>" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("택배사를 입력해 주세요", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(seller, $"/seller/orders/{order}/ship",
            new() { ["carrier"] = "CJ대한통운", ["trackingNumber"] = "6012-3456-7890" })).StatusCode);

        var shipped = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.AsNoTracking().SingleAsync(o => o.Id == order));
        Assert.Equal(OrderStatus.Shipped, shipped.Status);
        Assert.Equal("6012-3456-7890", shipped.TrackingNumber);
        var detail = await app.SendAsync(new Web.Features.Shop.Orders.MyOrders.DetailQuery(shipped.MemberId, order));
        Assert.Equal("CJ대한통운", detail!.Order.Carrier);
        // Shipped: the shopper can no longer cancel.
        var cancel = await Assert.ThrowsAsync<Domain.Common.DomainException>(() => app.SendAsync(new Web.Features.Shop.Orders.CancelOrder.Command(shipped.MemberId, order, "ChangedMind", true)));
        Assert.Equal(Domain.Common.ErrorCodes.OrderNotCancellable, cancel.Code);
    }

    [Fact]
    public async Task A_new_listing_goes_through_review_and_a_price_change_waits_while_the_old_price_stays_on_sale()
    {
        using var seller = await SignInAsync("seller@demo.kr");
        var created = await PostAsync(seller, "/seller/products/new", new Dictionary<string, string>
        {
            ["Form.Name"] = "유기농 수세미 세트", ["Form.NameEn"] = "Organic scrubber set", ["Form.Kind"] = "Goods", ["Form.Category"] = "household",
            ["Form.Description"] = "천연 수세미", ["Form.Price"] = "9000", ["Form.Stock"] = "40", ["Form.Sku"] = "SCRUB-01",
            ["Form.MinOrderQuantity"] = "10", ["Form.PriceTiers"] = "50:8500\n100:8000",
        }.Concat(Notices.FormFields("household-chemical")).ToDictionary());
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[3]);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(seller, $"/seller/products/{id}/submit")).StatusCode);
        Assert.Null(await app.SendAsync(new Details.Query(id))); // not visible before review

        using var admin = await SignInAsync("admin@demo.kr");
        var adminToken = Html.AntiforgeryToken(await admin.GetStringAsync("/admin/listings"));
        var noReason = await admin.PostAsync($"/admin/listings/{id}/decide", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["isChange"] = "false", ["decision"] = "Reject", ["reason"] = "", ["__RequestVerificationToken"] = adminToken }));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/admin/listings/{id}/decide", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["isChange"] = "false", ["revision"] = await RevisionShownAsync(admin, id), ["decision"] = "Approve", ["__RequestVerificationToken"] = adminToken }))).StatusCode);
        var published = await app.SendAsync(new Details.Query(id));
        Assert.Equal(9_000, published!.Price);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(seller, $"/seller/products/{id}/edit", new()
        {
            ["Form.Name"] = "유기농 수세미 세트", ["Form.NameEn"] = "Organic scrubber set", ["Form.Kind"] = "Goods", ["Form.Category"] = "household",
            ["Form.Description"] = "천연 수세미", ["Form.Price"] = "12000", ["Form.Stock"] = "35", ["Form.Sku"] = "SCRUB-01", ["Form.MinOrderQuantity"] = "10",
        })).StatusCode);
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(9_000, stored.PriceWon);       // still on sale at the approved price
        Assert.Equal(12_000, stored.PendingChange!.PriceWon);
        Assert.Equal(35, stored.Stock);             // stock is not reviewed

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/admin/listings/{id}/decide", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["isChange"] = "true", ["revision"] = await RevisionShownAsync(admin, id), ["decision"] = "Approve", ["__RequestVerificationToken"] = adminToken }))).StatusCode);
        Assert.Equal(12_000, (await app.SendAsync(new Details.Query(id)))!.Price);
    }

    [Fact]
    public async Task Bad_listing_input_is_refused_with_messages_and_nothing_saved()
    {
        using var seller = await SignInAsync("seller@demo.kr");
        var enterprise = await EnterpriseOfAsync("seller@demo.kr");
        var before = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.CountAsync(p => p.EnterpriseId == enterprise));

        var response = await PostAsync(seller, "/seller/products/new", new()
        {
            ["Form.Name"] = "", ["Form.Kind"] = "Goods", ["Form.Category"] = "household", ["Form.Price"] = "-100", ["Form.Stock"] = "-5",
            ["Form.PriceTiers"] = "fifty:9000",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("상품명을 입력해 주세요", html);
        Assert.Contains("수량별 가격은", html);
        Assert.Equal(before, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.CountAsync(p => p.EnterpriseId == enterprise)));
    }
}
