using Microsoft.Playwright;

namespace Marketplace.BrowserTests;

/// <summary>The whole purchase in Korean with the simulated gateway: search, add to cart, sign in
/// from checkout, give an address, approve the payment, see the paid order.</summary>
public class PurchaseJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_visitor_buys_a_product_and_sees_the_paid_order()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/products?q=" + Uri.EscapeDataString("세제"));
        await page.Locator(".product-card a").First.ClickAsync();
        await page.WaitForURLAsync("**/products/*", new() { WaitUntil = WaitUntilState.Commit });
        var productName = (await page.InnerTextAsync("h1")).Trim();

        await page.FillAsync(".add-to-cart input[name=quantity]", "2");
        await page.ClickAsync(".add-to-cart button[type=submit]");
        await page.WaitForURLAsync("**/cart", new() { WaitUntil = WaitUntilState.Commit });
        Assert.Contains(productName, await page.InnerTextAsync(".cart-lines"));
        Assert.Matches(@"\d{1,3}(,\d{3})*원", await page.InnerTextAsync(".cart-total"));
        await CatalogJourneyTests.Shot(page, "buy-1-cart");

        await page.ClickAsync("a[href='/checkout']");
        await page.WaitForURLAsync("**/account/login**", new() { WaitUntil = WaitUntilState.Commit });
        await page.FillAsync("input[name=Email]", "consumer@demo.kr");
        await page.FillAsync("input[name=Password]", "Demo1234!");
        await page.ClickAsync("form[action='/account/login'] button[type=submit]");
        await page.WaitForURLAsync("**/checkout", new() { WaitUntil = WaitUntilState.Commit });
        Assert.Contains(productName, await page.InnerTextAsync(".review"));

        await page.FillAsync("input[name='Form.Recipient']", "김하나");
        await page.FillAsync("input[name='Form.Phone']", "010-1234-5678");
        await page.FillAsync("input[name='Form.PostalCode']", "04524");
        await page.FillAsync("input[name='Form.RoadAddress']", "서울특별시 중구 세종대로 110");
        await page.FillAsync("input[name='Form.Detail']", "3층");
        await page.CheckAsync("input[name='Form.AgreesToPurchase']");
        await CatalogJourneyTests.Shot(page, "buy-2-checkout");
        await page.ClickAsync(".address-form button[type=submit]");

        await page.WaitForURLAsync("**/payments/simulated/*", new() { WaitUntil = WaitUntilState.Commit });
        await CatalogJourneyTests.Shot(page, "buy-3-payment");
        await page.ClickAsync("button[name=approve][value=true]");

        await page.WaitForURLAsync("**/checkout/complete/*", new() { WaitUntil = WaitUntilState.Commit });
        Assert.Contains("결제가 완료되었습니다", await page.InnerTextAsync("h1"));
        await CatalogJourneyTests.Shot(page, "buy-4-paid");

        await page.Locator(".orders-made a").First.ClickAsync();
        await page.WaitForURLAsync("**/orders/*", new() { WaitUntil = WaitUntilState.Commit });
        Assert.Contains("결제 완료", await page.InnerTextAsync("p.status"));
        Assert.Contains(productName, await page.InnerTextAsync(".order-lines"));
        Assert.Contains("세종대로 110", await page.InnerTextAsync("address"));
        await CatalogJourneyTests.Shot(page, "buy-5-order");

        await page.GotoAsync(browser.BaseUrl + "/cart");
        Assert.Contains("장바구니가 비어 있습니다", await page.InnerTextAsync("main"));
    }
}
