using Microsoft.Playwright;

namespace Marketplace.BrowserTests;

/// <summary>From a purchase to its social value, in Korean: the order shows its share of the seller's
/// figures, the shopper's own impact page adds it up, and the public shared measurement shows the market.</summary>
public class ImpactJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_purchase_shows_the_social_value_it_made_on_the_order_on_my_impact_and_on_the_public_page()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/account/login");
        await Journeys.SignInAsync(page, "consumer@demo.kr");

        // The demo's second enterprise has this year's figures (seller2@demo.kr's).
        await page.GotoAsync(browser.BaseUrl + "/enterprises/2");
        Assert.Contains("년 수치", await page.InnerTextAsync(".enterprise-card"));
        // Its first product on sale by card (a service or a sold-out one has no cart button).
        var links = await page.Locator(".product-card a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        foreach (var link in links.Distinct())
        {
            await page.GotoAsync(browser.BaseUrl + link);
            if (await page.Locator(".add-to-cart button[type=submit]").CountAsync() > 0) break;
        }
        await page.ClickAsync(".add-to-cart button[type=submit]");
        await page.WaitForURLAsync("**/cart");
        await page.ClickAsync("a[href='/checkout']");
        await page.WaitForURLAsync("**/checkout");
        await Journeys.PayAtCheckoutAsync(page);

        await page.Locator(".orders-made a").First.ClickAsync();
        await page.WaitForURLAsync("**/orders/*");
        var impact = await page.InnerTextAsync(".purchase-impact");
        Assert.Contains("이 구매가 만든 사회적 가치", impact);
        Assert.Matches(@"\d{1,3}(,\d{3})*원", impact);
        await CatalogJourneyTests.Shot(page, "impact-1-order");

        await page.GotoAsync(browser.BaseUrl + "/account/impact");
        Assert.Contains("지금까지 내 구매가 만든 사회적 가치", await page.InnerTextAsync("main"));
        await CatalogJourneyTests.Shot(page, "impact-2-mine");

        await page.GotoAsync(browser.BaseUrl + "/impact");
        Assert.Contains("사회적 가치 공동 측정", await page.InnerTextAsync("h1"));
        Assert.Equal(17, await page.Locator(".region-map svg rect").CountAsync());
        await CatalogJourneyTests.Shot(page, "impact-3-public");
        await page.SetViewportSizeAsync(390, 844);
        await CatalogJourneyTests.Shot(page, "impact-4-public-phone");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }
}
