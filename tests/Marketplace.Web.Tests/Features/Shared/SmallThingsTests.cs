using System.Net;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Features.Shared;

/// <summary>Small things a new user met: the icon, honest 404s, no cancelled attempts among orders, and
/// a way to the applications from every page and from a page one may not use yet.</summary>
public class SmallThingsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_site_has_an_icon()
    {
        var response = await app.CreateClient().GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.ico\"", await app.CreateClient().GetStringAsync("/"));
    }

    [Fact]
    public async Task A_missing_page_says_it_was_not_found_and_an_unknown_enterprise_has_no_sales_page()
    {
        var shopper = await app.SignedInAsync("consumer@demo.kr");
        var foreign = await shopper.GetAsync("/orders/999999");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var page = await foreign.Content.ReadAsStringAsync();
        Assert.Contains("없는 페이지입니다", page);
        Assert.DoesNotContain("판매하지 않는 상품", page);

        var operatorClient = await app.SignedInAsync("admin@demo.kr");
        Assert.Equal(HttpStatusCode.NotFound, (await operatorClient.GetAsync("/admin/sales/9999")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync($"/admin/sales/{await app.EnterpriseOfAsync("seller@demo.kr")}")).StatusCode);
    }

    [Fact]
    public async Task A_declined_payment_leaves_no_cancelled_order_among_the_shoppers_orders()
    {
        var email = $"declined-{Guid.NewGuid():N}@test.kr";
        var member = await app.NewMemberAsync(email);
        var product = await app.ProductWithStockAsync(5);
        await app.AddToCartAsync(member, product, 1);
        var declined = await app.CheckoutAsync(member);
        await app.SendAsync(new SimulatedPayment.Decide(member, declined.PaymentId, Approve: false));
        var paid = await app.CheckoutAsync(member);
        await app.SendAsync(new SimulatedPayment.Decide(member, paid.PaymentId, Approve: true));

        var orders = await app.SendAsync(new Web.Features.Shop.Orders.MyOrders.ListQuery(member));

        var only = Assert.Single(orders);
        Assert.Equal(Domain.Ordering.OrderStatus.Paid, only.Status);
    }

    [Fact]
    public async Task Every_page_links_to_both_applications_and_a_consumer_at_the_seller_centre_is_pointed_to_one()
    {
        var home = await app.CreateClient().GetStringAsync("/");
        Assert.Contains("href=\"/seller/apply\"", home);
        Assert.Contains("href=\"/procurement/apply\"", home);

        var consumer = await app.SignedInAsync("consumer@demo.kr");
        var seller = await consumer.GetAsync("/seller");
        Assert.Equal(HttpStatusCode.Redirect, seller.StatusCode);
        var denied = await consumer.GetStringAsync(seller.Headers.Location!.OriginalString);
        Assert.Contains("입점을 신청해 주세요", denied);
        Assert.Contains("<a class=\"button\" href=\"/seller/apply\">", denied);
        var procurement = await consumer.GetAsync("/procurement/orders");
        var deniedToo = await consumer.GetStringAsync(procurement.Headers.Location!.OriginalString);
        Assert.Contains("기관 회원을 신청해 주세요", deniedToo);
    }
}
