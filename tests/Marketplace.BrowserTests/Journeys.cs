using Microsoft.Playwright;

namespace Marketplace.BrowserTests;

/// <summary>Steps several journeys take the same way.</summary>
internal static class Journeys
{
    /// <summary>From the checkout page: a Seoul address, the purchase agreement, and the simulated gateway's approval.</summary>
    public static async Task PayAtCheckoutAsync(IPage page)
    {
        await page.FillAsync("input[name='Form.Recipient']", "김하나");
        await page.FillAsync("input[name='Form.Phone']", "010-1234-5678");
        await page.FillAsync("input[name='Form.PostalCode']", "04524");
        await page.FillAsync("input[name='Form.RoadAddress']", "서울특별시 중구 세종대로 110");
        await page.FillAsync("input[name='Form.Detail']", "3층");
        await page.CheckAsync("input[name='Form.AgreesToPurchase']");
        await page.ClickAsync(".address-form button[type=submit]");
        await page.WaitForURLAsync("**/payments/simulated/*");
        await page.ClickAsync("button[name=approve][value=true]");
        await page.WaitForURLAsync("**/checkout/complete/*");
    }

    /// <summary>Signs in on the login page (which then goes wherever it was sent from).</summary>
    public static async Task SignInAsync(IPage page, string email, string password = "Demo1234!")
    {
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", password);
        await page.ClickAsync("form[action='/account/login'] button[type=submit]");
        // Signed in once the browser has left the login page; the next page's images and scripts are the next step's to wait for.
        await page.WaitForURLAsync(url => !url.Contains("/account/login"), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });
    }
}
