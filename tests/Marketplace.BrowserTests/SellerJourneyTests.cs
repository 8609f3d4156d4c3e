using System.Text;
using Microsoft.Playwright;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.BrowserTests;

/// <summary>A new enterprise applies, the operator approves it, it adds a listing, the operator
/// publishes the listing, and a shopper finds it in the catalog.</summary>
public class SellerJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task SignUpAsync(IPage page, string baseUrl, string email)
    {
        await page.GotoAsync(baseUrl + "/account/register?returnUrl=%2Fseller%2Fapply");
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=DisplayName]", "김사장");
        await page.FillAsync("input[name=Password]", "Test-12345!");
        await page.FillAsync("input[name=ConfirmPassword]", "Test-12345!");
        await page.CheckAsync("input[name=AgreesToTerms]");
        await page.CheckAsync("input[name=AgreesToPrivacy]");
        await page.CheckAsync("input[name=IsFourteenOrOlder]");
        await page.ClickAsync("form[action='/account/register'] button[type=submit]");
        await page.WaitForURLAsync("**/account/check-mail");
        // The new member opens the link of the sign-up mail.
        await page.GotoAsync(baseUrl + browser.App.LinkIn(email, "/account/confirm"));
        await page.WaitForURLAsync("**/seller/apply");
    }

    private static async Task SignInAsync(IPage page, string baseUrl, string email, string returnUrl)
    {
        await page.GotoAsync($"{baseUrl}/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", "Demo1234!");
        await page.ClickAsync("form[action='/account/login'] button[type=submit]");
        await page.WaitForURLAsync("**" + returnUrl);
    }

    private static string ValidRegistrationNumber()
    {
        var digits = $"8{Random.Shared.Next(10_000_000, 99_999_999)}";
        int[] weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
        var sum = digits.Select((c, i) => (c - '0') * weights[i]).Sum() + (digits[8] - '0') * 5 / 10;
        return $"{digits[..3]}-{digits[3..5]}-{digits[5..]}{(10 - sum % 10) % 10}";
    }

    [Fact]
    public async Task An_enterprise_applies_lists_a_product_and_shoppers_find_it_once_approved()
    {
        var url = browser.BaseUrl;
        var seller = await browser.NewPageAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await SignUpAsync(seller, url, $"owner-{suffix}@test.kr");

        await seller.FillAsync("input[name='Form.Name']", $"바른손 협동조합 {suffix}");
        await seller.SelectOptionAsync("select[name='Form.Type']", "Cooperative");
        await seller.FillAsync("input[name='Form.RegistrationNumber']", ValidRegistrationNumber());
        await seller.FillAsync("input[name='Form.RepresentativeName']", "김사장");
        await seller.SelectOptionAsync("select[name='Form.Region']", "Gangwon");
        await seller.FillAsync("input[name='Form.Bank']", "신한은행");
        await seller.FillAsync("input[name='Form.AccountNumber']", "110-123-456789");
        await seller.FillAsync("input[name='Form.AccountHolder']", "바른손 협동조합");
        await seller.SetInputFilesAsync("input[name=document]", new FilePayload
        {
            Name = "certificate.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF\n"),
        });
        await CatalogJourneyTests.Shot(seller, "sell-1-apply");
        await seller.ClickAsync("form[action='/seller/apply'] button[type=submit]");
        await seller.WaitForSelectorAsync("text=검토하고 있습니다");
        await CatalogJourneyTests.Shot(seller, "sell-1b-applied");

        // Who sells, as the product page must say it; without it the operator cannot publish the listing.
        await seller.GotoAsync(url + "/seller/profile/seller");
        await seller.FillAsync("input[name='Form.MailOrderNumber']", "제2026-강원춘천-0042호");
        await seller.FillAsync("input[name='Form.Phone']", "033-123-4567");
        await seller.FillAsync("input[name='Form.Email']", $"cs-{suffix}@test.kr");
        await seller.FillAsync("input[name='Form.Address']", "강원특별자치도 춘천시 중앙로 1");
        await seller.FillAsync("input[name='Form.ReturnAddress']", "강원특별자치도 춘천시 중앙로 1 물류센터");
        await seller.ClickAsync("form[action='/seller/profile/seller'] button[type=submit]");
        await seller.WaitForSelectorAsync("text=판매자 정보를 저장했습니다");

        var productName = $"강원 감자 칩 {suffix}";
        await seller.GotoAsync(url + "/seller/products/new");
        await seller.FillAsync("input[name='Form.Name']", productName);
        await seller.SelectOptionAsync("select[name='Form.Category']", "food");
        await seller.FillAsync("input[name='Form.Price']", "4500");
        await seller.FillAsync("input[name='Form.Stock']", "80");
        await seller.ClickAsync("form.listing-form button[type=submit]");
        await seller.WaitForURLAsync("**/seller/products/*/edit");
        // Food needs its 상품정보제공고시 before review: the page says which items, the seller fills them in.
        await seller.ClickAsync("form[action$='/submit'] button");
        await seller.WaitForSelectorAsync("text=상품정보제공고시의 다음 항목을 적어 주세요");
        Assert.Contains("원재료명 및 함량", await seller.InnerTextAsync("main"));
        await CatalogJourneyTests.Shot(seller, "sell-2a-notice-missing");
        var items = seller.Locator("input[name^='Form.NoticeValues']");
        Assert.Equal(10, await items.CountAsync());
        for (var i = 0; i < 10; i++) await items.Nth(i).FillAsync($"항목 {i + 1}의 내용");
        await seller.FillAsync("input[name='Form.Origin']", "국내산(강원 평창)");
        await seller.ClickAsync("form.listing-form button[type=submit]");
        await seller.WaitForURLAsync("**/seller/products/*/edit");
        await seller.ClickAsync("form[action$='/submit'] button");
        await seller.WaitForSelectorAsync("text=심사 대기");
        await CatalogJourneyTests.Shot(seller, "sell-2-listing");

        var admin = await browser.NewPageAsync();
        await SignInAsync(admin, url, "admin@demo.kr", "/admin/enterprises");
        var application = admin.Locator("section.review-item", new() { HasText = $"바른손 협동조합 {suffix}" });
        await CatalogJourneyTests.Shot(admin, "sell-3-admin-enterprises");
        await application.Locator("button[value=Approve]").ClickAsync();
        await admin.WaitForURLAsync("**/admin/enterprises");
        await admin.GotoAsync(url + "/admin/listings");
        var listing = admin.Locator("section.review-item", new() { HasText = productName });
        await listing.Locator("button[value=Approve]").ClickAsync();
        await admin.WaitForURLAsync("**/admin/listings");
        Assert.Equal(0, await admin.Locator("section.review-item", new() { HasText = productName }).CountAsync());

        var shopper = await browser.NewPageAsync();
        await shopper.GotoAsync(url + "/products?q=" + Uri.EscapeDataString(productName));
        await shopper.Locator(".product-card a").First.ClickAsync();
        await shopper.WaitForURLAsync("**/products/*");
        Assert.Equal(productName, (await shopper.InnerTextAsync("h1")).Trim());
        Assert.Contains("4,500원", await shopper.InnerTextAsync(".price.big"));
        var sellerCard = await shopper.InnerTextAsync(".seller-card");
        Assert.Contains("제2026-강원춘천-0042호", sellerCard);
        Assert.Contains("강원특별자치도 춘천시 중앙로 1 물류센터", sellerCard);
        await CatalogJourneyTests.Shot(shopper, "sell-4-in-catalog");
    }
}
