using Microsoft.Playwright;

namespace Marketplace.BrowserTests;

/// <summary>The operator opens both dashboards; screenshots are kept with the test output.</summary>
public class OperatorDashboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_operator_sees_member_sign_ups_and_sales_per_enterprise()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/account/login?returnUrl=%2Fadmin%2Fmembers");
        await page.FillAsync("input[name=Email]", "admin@demo.kr");
        await page.FillAsync("input[name=Password]", "Demo1234!");
        await page.ClickAsync("form[action='/account/login'] button[type=submit]");
        await page.WaitForURLAsync("**/admin/members");

        Assert.Contains("회원 가입 현황", await page.InnerTextAsync("h1"));
        Assert.True(await page.Locator("figure.chart svg rect").CountAsync() > 0);
        Assert.Contains("누적", await page.InnerTextAsync("table.dashboard-table thead"));
        await CatalogJourneyTests.Shot(page, "admin-1-members");

        await page.SelectOptionAsync("select[name=grain]", "Day");
        await page.ClickAsync("form.inline-filters button[type=submit]");
        await page.WaitForURLAsync("**grain=Day**");
        await CatalogJourneyTests.Shot(page, "admin-2-members-daily");

        await page.ClickAsync("nav.subnav a[href='/admin/sales']");
        await page.WaitForURLAsync("**/admin/sales");
        Assert.Contains("기업별 매출", await page.InnerTextAsync("h1"));
        Assert.Matches(@"주문 \d[\d,]*건", await page.InnerTextAsync(".cart-total"));
        await CatalogJourneyTests.Shot(page, "admin-3-sales");
    }
}
