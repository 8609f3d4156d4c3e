using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Payments;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests;

/// <summary>In Korean: an enterprise sets its shipping policy; a shopper in 제주 buys enough to ship free, is told of the
/// 제주 extra at checkout, asks to return one item for a change of mind, the enterprise books the pick-up and completes it,
/// and the refund is the goods less the trips the shopper owes — worked by hand below.</summary>
public class ReturnJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_return_from_request_to_refund_with_shipping_worked_by_hand()
    {
        var enterprise = await browser.App.EnterpriseOfAsync("seller@demo.kr");
        var product = await browser.App.ProductWithStockAsync(20, 12_000, enterprise);

        var seller = await browser.NewPageAsync();
        await seller.GotoAsync(browser.BaseUrl + "/account/login?returnUrl=" + Uri.EscapeDataString("/seller/shipping"));
        await Journeys.SignInAsync(seller, "seller@demo.kr");
        await seller.FillAsync("input[name='Form.BaseFee']", "3000");
        await seller.FillAsync("input[name='Form.FreeOver']", "30000");
        await seller.FillAsync("input[name='Form.JejuExtra']", "3000");
        await seller.FillAsync("input[name='Form.IslandExtra']", "5000");
        await seller.ClickAsync("form[action='/seller/shipping'] button[type=submit]");
        await seller.WaitForSelectorAsync("text=배송비 정책을 저장했습니다");

        // Three jars: 36,000, free from 30,000; the product page says so.
        var shopper = await browser.NewPageAsync();
        await shopper.GotoAsync(browser.BaseUrl + "/account/login?returnUrl=" + Uri.EscapeDataString($"/products/{product}"));
        await Journeys.SignInAsync(shopper, "consumer@demo.kr");
        Assert.Contains("30,000원 이상 구매로 무료배송", await shopper.InnerTextAsync(".shipping-fee"));
        await shopper.FillAsync(".add-to-cart input[name=quantity]", "3");
        await shopper.ClickAsync(".add-to-cart button[type=submit]");
        await shopper.WaitForURLAsync("**/cart");
        Assert.Contains("무료배송", await shopper.InnerTextAsync(".cart-group"));
        await shopper.ClickAsync("a[href='/checkout']");
        await shopper.WaitForURLAsync("**/checkout");

        // A 제주 address: the extra 3,000 is added and the shopper agrees to 39,000.
        await shopper.FillAsync("input[name='Form.Recipient']", "고은별");
        await shopper.FillAsync("input[name='Form.Phone']", "010-2345-6789");
        await shopper.FillAsync("input[name='Form.PostalCode']", "63123");
        await shopper.FillAsync("input[name='Form.RoadAddress']", "제주특별자치도 제주시 문연로 6");
        await shopper.FillAsync("input[name='Form.Detail']", "101호");
        await shopper.CheckAsync("input[name='Form.AgreesToPurchase']");
        await shopper.ClickAsync(".address-form button[type=submit]");
        var told = await shopper.InnerTextAsync("[role=alert]");
        Assert.Contains("추가 배송비 3,000원", told);
        Assert.Contains("39,000원", told);
        await CatalogJourneyTests.Shot(shopper, "return-0-checkout-jeju");
        await shopper.CheckAsync("input[name='Form.AgreesToPurchase']");
        await shopper.ClickAsync(".address-form button[type=submit]");
        await shopper.WaitForURLAsync("**/payments/simulated/*");
        await shopper.ClickAsync("button[name=approve][value=true]");
        await shopper.WaitForURLAsync("**/checkout/complete/*");
        await shopper.Locator(".orders-made a").First.ClickAsync();
        await shopper.WaitForURLAsync("**/orders/*");
        var orderUrl = shopper.Url;
        var orderId = int.Parse(orderUrl.Split('/').Last());
        Assert.Contains("39,000원", await shopper.InnerTextAsync(".order-amounts"));

        await seller.GotoAsync(browser.BaseUrl + $"/seller/orders/{orderId}");
        await seller.SelectOptionAsync("select[name=carrier]", "CJ대한통운");
        await seller.FillAsync("input[name=trackingNumber]", "6012-3456-7890");
        await seller.ClickAsync("form[action$='/ship'] button[type=submit]");
        await seller.ClickAsync("form[action$='/deliver'] button[type=submit]");
        await seller.WaitForSelectorAsync("text=배송 완료");

        // One jar goes back, for a change of mind.
        await shopper.GotoAsync(orderUrl);
        await shopper.ClickAsync("#return-form summary");
        Assert.Contains("7일", await shopper.InnerTextAsync("#return-form"));
        await shopper.SelectOptionAsync("select[name='Form.Reason']", "ChangedMind");
        await shopper.FillAsync("input[name^='Form.Quantities']", "1");
        await shopper.FillAsync("textarea[name='Form.Details']", "선물하려던 분이 이미 가지고 계셔서 하나만 반품합니다.");
        await CatalogJourneyTests.Shot(shopper, "return-1-request");
        await shopper.ClickAsync("#return-form button[type=submit]");
        await shopper.WaitForSelectorAsync("text=반품 신청");

        // The enterprise books the pick-up, and completes the return once the jar is back.
        await seller.GotoAsync(browser.BaseUrl + "/seller/returns");
        await seller.ClickAsync($"a[href^='/seller/orders/{orderId}']");
        Assert.Contains("고객 부담", await seller.InnerTextAsync(".returns"));
        await seller.SelectOptionAsync("form[action$='/accept'] select[name=carrier]", "우체국택배");
        await seller.FillAsync("form[action$='/accept'] input[name=trackingNumber]", "6865-1234-5678");
        await seller.ClickAsync("form[action$='/accept'] button[type=submit]");
        await seller.WaitForSelectorAsync("form[action$='/complete']");
        await CatalogJourneyTests.Shot(seller, "return-2-seller-accepted");
        await seller.ClickAsync("form[action$='/complete'] button[type=submit]");
        await seller.WaitForSelectorAsync(".return-refunded");

        // 12,000 back, less the trip back (3,000 + 제주 3,000) and the first trip (3,000: the 24,000 kept is under 30,000) = 3,000.
        await shopper.GotoAsync(orderUrl);
        var timeline = await shopper.InnerTextAsync(".timeline");
        Assert.Contains("3,000원 환불", timeline);
        Assert.Contains("반품 배송비 9,000원 차감", timeline);
        Assert.Contains("우체국택배 6865-1234-5678", timeline);
        Assert.Contains("3,000원", await shopper.InnerTextAsync(".order-amounts"));
        await CatalogJourneyTests.Shot(shopper, "return-3-refunded");

        var refund = await browser.App.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().ReturnRequests.AsNoTracking()
            .Where(r => r.OrderId == orderId).Select(r => new { r.Id, r.RefundWon }).SingleAsync());
        Assert.Equal(3_000, refund.RefundWon);
        Assert.Equal(3_000, browser.App.Services.GetRequiredService<SimulatedGateway>().RefundedUnder($"refund-return-{refund.Id}"));
    }
}
