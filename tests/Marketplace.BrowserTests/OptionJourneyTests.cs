using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests;

/// <summary>In Korean: find an enterprise in the directory, read a product's notice, buy one size of a T-shirt,
/// and the enterprise sees that size on its order.</summary>
public class OptionJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_shopper_finds_an_enterprise_buys_one_size_and_the_enterprise_sees_it()
    {
        var (productId, enterpriseId, enterpriseName, region) = await browser.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var shirt = await db.Products.Include(p => p.Enterprise).Where(p => p.Status == Domain.Catalog.ProductStatus.Published && p.Options.Any(o => o.Name == "XL" && o.Stock >= 2))
                .OrderBy(p => p.Id).FirstAsync();
            return (shirt.Id, shirt.EnterpriseId, shirt.Enterprise.Name, shirt.Enterprise.Region);
        });

        // The directory, filtered by the enterprise's 시/도.
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/");
        await page.ClickAsync("header a[href='/enterprises']");
        await page.WaitForURLAsync("**/enterprises");
        await page.SelectOptionAsync("select[name=region]", region.ToString());
        await page.ClickAsync("form.filters button[type=submit]");
        await page.WaitForURLAsync("**/enterprises?*");
        Assert.Contains(enterpriseName, await page.InnerTextAsync(".directory"));
        await CatalogJourneyTests.Shot(page, "option-1-directory");
        await page.ClickAsync($".directory a[href='/enterprises/{enterpriseId}']");
        await page.WaitForURLAsync($"**/enterprises/{enterpriseId}");

        // The product page: its notice as a table, the sizes to choose from.
        await page.GotoAsync(browser.BaseUrl + $"/products/{productId}");
        Assert.Contains("상품정보제공고시", await page.InnerTextAsync("#notice-heading"));
        Assert.Contains("세탁방법 및 취급시 주의사항", await page.InnerTextAsync(".notice-table"));
        var basePrice = long.Parse(new string((await page.InnerTextAsync(".price.big")).TakeWhile(c => char.IsDigit(c) || c == ',').Where(char.IsDigit).ToArray()));
        var xl = await page.Locator("select[name=optionId] option", new() { HasTextString = "XL" }).GetAttributeAsync("value");
        await page.SelectOptionAsync("select[name=optionId]", xl!);
        await page.FillAsync(".add-to-cart input[name=quantity]", "2");
        await CatalogJourneyTests.Shot(page, "option-2-product");
        await page.ClickAsync(".add-to-cart button[type=submit]");
        await page.WaitForURLAsync("**/cart");
        var cart = await page.InnerTextAsync(".cart-lines");
        Assert.Contains("· XL", cart);
        Assert.Contains($"{basePrice + 2_000:N0}원", cart);
        await page.WaitForSelectorAsync("[data-cart-count]:not([hidden])");
        Assert.Equal("2", (await page.InnerTextAsync("[data-cart-count]")).Trim());
        await CatalogJourneyTests.Shot(page, "option-3-cart");

        await page.ClickAsync("a[href='/checkout']");
        await page.WaitForURLAsync("**/account/login**");
        await Journeys.SignInAsync(page, "consumer@demo.kr");
        await page.WaitForURLAsync("**/checkout");
        await Journeys.PayAtCheckoutAsync(page);
        await page.Locator(".orders-made a").First.ClickAsync();
        await page.WaitForURLAsync("**/orders/*");
        Assert.Contains("옵션: XL", await page.InnerTextAsync(".order-lines"));
        var orderId = page.Url.Split('/').Last();
        await CatalogJourneyTests.Shot(page, "option-4-order");

        // The enterprise's staff member sees the size on the order to fulfil.
        var staff = $"staff-{Guid.NewGuid():N}@test.kr"[..24] + "@test.kr";
        await browser.App.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var member = new Member(staff, "옵션 담당자", DateTime.UtcNow, SignUpChannel.Direct) { EmailConfirmed = true };
            member.JoinEnterprise(enterpriseId, asOwner: true);
            Assert.True((await users.CreateAsync(member, "Test-12345!")).Succeeded);
            await users.AddToRoleAsync(member, Roles.EnterpriseStaff);
            return 0;
        });
        var seller = await browser.NewPageAsync();
        await seller.GotoAsync(browser.BaseUrl + "/account/login");
        await Journeys.SignInAsync(seller, staff, "Test-12345!");
        await seller.GotoAsync(browser.BaseUrl + $"/seller/orders/{orderId}");
        var lines = await seller.InnerTextAsync(".order-lines");
        Assert.Contains("옵션: XL", lines);
        Assert.Contains($"{basePrice + 2_000:N0}원", lines);
        await CatalogJourneyTests.Shot(seller, "option-5-seller-order");
    }
}
