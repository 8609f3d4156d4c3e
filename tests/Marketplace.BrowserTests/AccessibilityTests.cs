using System.Text.Json;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests;

/// <summary>axe-core (npm, see package.json) on the main pages of each audience: no serious or
/// critical violation. And a purchase made with the keyboard alone.</summary>
public class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly Lazy<string> Axe = new(() =>
    {
        var path = Path.Combine(ConfigurationTests.RepositoryRoot(), "tests", "Marketplace.BrowserTests", "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(path), $"{path} is missing: test.sh runs npm ci in tests/Marketplace.BrowserTests.");
        return File.ReadAllText(path);
    });

    /// <summary>The serious and critical violations on the page, as "rule: selector" lines.</summary>
    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        // Evaluated through the browser's debugging protocol, so the page's script policy does not apply.
        await page.EvaluateAsync(Axe.Value);
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const r = await axe.run(document, { resultTypes: ['violations'] });
                return { rules: r.passes.length + r.violations.length, all: r.violations.map(v => v.id + ' (' + v.impact + ')'),
                         bad: r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                                .flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' '))) };
            }
            """);
        Assert.True(json.GetProperty("rules").GetInt32() > 10, "axe did not run its rules");
        File.AppendAllText(Path.Combine(BrowserFixture.ScreenshotFolder, "axe-minor.txt"),
            $"{page.Url}: {string.Join(", ", json.GetProperty("all").EnumerateArray().Select(e => e.GetString()))}\n");
        return json.GetProperty("bad").EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private async Task<IPage> AsAsync(string? email, int width = 1280, int height = 900)
    {
        var page = await browser.NewPageAsync(width, height);
        if (email is null) return page;
        await page.GotoAsync(browser.BaseUrl + "/account/login");
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", "Demo1234!");
        await page.ClickAsync("form[action='/account/login'] button[type=submit]");
        // Signed in once the browser has left the login page; the next page's images and scripts are the next step's to wait for.
        await page.WaitForURLAsync(url => !url.Contains("/account/login"), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });
        return page;
    }

    /// <summary>The elements that reach past the right edge of the window (a table or a form wider than a phone), as selectors.</summary>
    private static async Task<IReadOnlyList<string>> WiderThanTheScreenAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => {
                const width = document.documentElement.clientWidth;
                const inScroller = el => { for (let p = el.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
                const wide = [...document.body.querySelectorAll('*')].filter(el => {
                    const r = el.getBoundingClientRect();
                    return r.width > 0 && r.right > width + 1 && !inScroller(el) && getComputedStyle(el).position !== 'fixed' && !el.closest('.visually-hidden, .skip');
                });
                // The outermost offenders only: their children overflow with them.
                return wide.filter(el => !wide.includes(el.parentElement)).slice(0, 5)
                    .map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''))
                    .concat(document.documentElement.scrollWidth > width + 1 ? ['document ' + document.documentElement.scrollWidth + 'px'] : []);
            }
            """);

    /// <summary>Every audience's main pages on a desktop and on a 390-px phone: a screenshot of each, no element wider
    /// than the window, and no serious or critical axe violation.</summary>
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_main_pages_of_every_audience_have_no_serious_or_critical_violations_and_fit_the_screen(int width, int height)
    {
        var (productId, enterpriseId, orderId, requestId, sellerProductId) = await browser.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var product = await db.Products.Where(p => p.Status == Domain.Catalog.ProductStatus.Published).OrderBy(p => p.Id).FirstAsync();
            var buyerInstitution = await db.Users.Where(u => u.Email == "buyer@demo.kr").Select(u => u.InstitutionId).SingleAsync();
            var order = await db.PurchaseOrders.Where(o => o.InstitutionId == buyerInstitution && o.Status == PurchaseOrderStatus.Inspected).Select(o => o.Id).FirstAsync();
            var request = await db.QuoteRequests.Where(r => r.InstitutionId == buyerInstitution && r.Status == QuoteRequestStatus.Accepted).Select(r => r.Id).FirstAsync();
            var sellerEnterprise = await db.Users.Where(u => u.Email == "seller@demo.kr").Select(u => u.EnterpriseId).SingleAsync();
            var sellerProduct = await db.Products.Where(p => p.EnterpriseId == sellerEnterprise).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            return (product.Id, product.EnterpriseId, order, request, sellerProduct);
        });
        var audiences = new (string? Email, string[] Pages)[]
        {
            (null, ["/", "/products?q=%EC%84%B8%EC%A0%9C", $"/products/{productId}", "/enterprises", $"/enterprises/{enterpriseId}", "/impact", "/cart", "/account/login", "/account/register", "/terms", "/privacy", "/en/"]),
            ("consumer@demo.kr", ["/orders", "/account", "/account/withdraw", "/seller/apply", "/procurement/apply"]),
            ("buyer@demo.kr", ["/procurement/products", "/procurement/quotes/new", $"/procurement/quotes/{requestId}", "/procurement/orders", $"/procurement/orders/{orderId}", "/procurement/reports", "/procurement/members"]),
            ("seller@demo.kr", ["/seller", "/seller/orders", "/seller/products", "/seller/products/new", $"/seller/products/{sellerProductId}/edit", "/seller/products/import", "/seller/procurement/quotes", "/seller/procurement/orders", "/seller/sales", "/seller/profile/seller"]),
            ("admin@demo.kr", ["/admin/enterprises", "/admin/listings", "/admin/notices", "/admin/members", "/admin/sales", "/admin/invoices", "/admin/settings", "/admin/settings/operator", "/admin/settings/policies", "/admin/retention", "/admin/audit"]),
        };
        var found = new List<string>();
        foreach (var (email, pages) in audiences)
        {
            var page = await AsAsync(email, width, height);
            foreach (var path in pages)
            {
                await page.GotoAsync(browser.BaseUrl + path.Replace("/en/", "/?culture=en"));
                var who = email?.Split('@')[0] ?? "visitor";
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"screen-{width}-{who}{ShotName(path)}.png"), FullPage = true });
                found.AddRange((await ViolationsAsync(page)).Select(v => $"{width}px {who} {path} {v}"));
                found.AddRange((await WiderThanTheScreenAsync(page)).Select(v => $"{width}px {who} {path} wider than the screen: {v}"));
            }
            await page.Context.CloseAsync();
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>A file-name part for a path: /products?q=세제 → -products-q.</summary>
    private static string ShotName(string path)
    {
        var clean = new string(path.Split('?')[0].Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return clean.Length == 0 ? "-home" : "-" + clean + (path.Contains('?') ? "-q" : "");
    }

    /// <summary>Tab until the element matching the selector has focus, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string selector, int limit = 120)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return;
        }
        Assert.Fail($"{selector} cannot be reached with Tab on {page.Url}");
    }

    [Fact]
    public async Task A_purchase_can_be_made_with_the_keyboard_alone()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/account/login?returnUrl=%2Fproducts%3Fq%3D%25EC%2584%25B8%25EC%25A0%259C");
        await TabToAsync(page, "input[name=Email]");
        await page.Keyboard.TypeAsync("consumer@demo.kr");
        await TabToAsync(page, "input[name=Password]");
        await page.Keyboard.TypeAsync("Demo1234!");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/products?q=*");

        await TabToAsync(page, ".product-card a");
        // The product page counts as reached once its document is in: its lazy images may still be on their way under load.
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/products/*", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await TabToAsync(page, ".add-to-cart button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/cart");

        await TabToAsync(page, "a[href='/checkout']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/checkout");
        foreach (var (field, text) in new[] { ("Recipient", "김하나"), ("Phone", "010-1234-5678"), ("PostalCode", "04524"), ("RoadAddress", "서울특별시 중구 세종대로 110"), ("Detail", "3층") })
        {
            await TabToAsync(page, $"input[name='Form.{field}']");
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.TypeAsync(text);
        }
        await TabToAsync(page, "input[name='Form.AgreesToPurchase']");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, ".address-form button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/payments/simulated/*");
        await TabToAsync(page, "button[name=approve][value=true]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/checkout/complete/*");
        Assert.Contains("결제가 완료되었습니다", await page.InnerTextAsync("h1"));
        await CatalogJourneyTests.Shot(page, "keyboard-purchase-paid");
    }
}
