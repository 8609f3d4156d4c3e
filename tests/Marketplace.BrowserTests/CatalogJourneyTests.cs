using Microsoft.Playwright;

namespace Marketplace.BrowserTests;

/// <summary>A visitor searches, opens a product, then the enterprise behind it, in Korean and in English.</summary>
public class CatalogJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_visitor_finds_a_product_and_its_enterprise_in_korean()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/");
        Assert.Equal("ko", await page.GetAttributeAsync("html", "lang"));

        await page.FillAsync("#site-q", "세제");
        await page.PressAsync("#site-q", "Enter");
        await page.WaitForURLAsync("**/products?q=*");
        Assert.Contains("세제", await page.InnerTextAsync("h1"));
        await Shot(page, "ko-1-search");

        var first = page.Locator(".product-card a").First;
        var productName = (await first.Locator(".card-title").InnerTextAsync()).Trim();
        Assert.Contains("세제", productName);
        await first.ClickAsync();
        await page.WaitForURLAsync("**/products/*");
        Assert.Equal(productName, (await page.InnerTextAsync("h1")).Trim());
        Assert.Matches(@"\d{1,3}(,\d{3})*원", await page.InnerTextAsync(".price.big"));
        Assert.Contains("취약계층 고용", await page.InnerTextAsync(".enterprise-card"));
        await Shot(page, "ko-2-product");

        var enterpriseName = (await page.InnerTextAsync(".enterprise-card h2")).Trim();
        await page.ClickAsync(".enterprise-card h2 a");
        await page.WaitForURLAsync("**/enterprises/*");
        Assert.Equal(enterpriseName, (await page.InnerTextAsync(".enterprise-card h2")).Trim());
        Assert.Contains("기업 이야기", await page.InnerTextAsync("#story-heading"));
        Assert.True(await page.Locator(".product-card").CountAsync() > 0);
        await Shot(page, "ko-3-enterprise");
    }

    [Fact]
    public async Task A_visitor_switches_to_english_and_stays_in_english()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/products");
        await page.ClickAsync("a[hreflang=en]");
        await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");

        await page.FillAsync("#site-q", "soap");
        await page.PressAsync("#site-q", "Enter");
        await page.WaitForURLAsync("**/products?q=soap");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Results for 'soap'", await page.InnerTextAsync("h1"));
        await Shot(page, "en-1-search");

        await page.Locator(".product-card a").First.ClickAsync();
        await page.WaitForURLAsync("**/products/*");
        Assert.Contains("soap", (await page.InnerTextAsync("h1")).ToLowerInvariant());
        Assert.Matches(@"₩\d{1,3}(,\d{3})*", await page.InnerTextAsync(".price.big"));
        await Shot(page, "en-2-product");

        await page.ClickAsync(".enterprise-card h2 a");
        await page.WaitForURLAsync("**/enterprises/*");
        Assert.Contains("Our story", await page.InnerTextAsync("#story-heading"));
        Assert.Contains("Jobs for vulnerable groups", await page.InnerTextAsync(".enterprise-card"));
        await Shot(page, "en-3-enterprise");
    }

    [Fact]
    public async Task Filters_narrow_the_catalog_to_cleaning_services()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/products");
        await page.SelectOptionAsync("select[name=category]", "cleaning");
        await page.SelectOptionAsync("select[name=sort]", "PriceLow");
        await page.ClickAsync(".filters button[type=submit]");
        await page.WaitForURLAsync("**category=cleaning*");
        var stock = await page.Locator(".product-card .stock").AllInnerTextsAsync();
        Assert.NotEmpty(stock);
        Assert.All(stock, s => Assert.Equal("예약 가능", s.Trim()));
        await Shot(page, "ko-4-filters");
    }

    internal static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
}
