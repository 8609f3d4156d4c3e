using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.BrowserTests;

/// <summary>A new member signs up in Korean, agreeing item by item; opens the mailed link; forgets the password
/// and resets it from the mail; saves an address; and withdraws, after which the address no longer signs in.</summary>
public class AccountJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Sign_up_with_consent_confirm_reset_the_password_and_withdraw()
    {
        var url = browser.BaseUrl;
        var email = $"journey-{Guid.NewGuid().ToString("N")[..12]}@test.kr";
        var page = await browser.NewPageAsync();

        await page.GotoAsync(url + "/account/register");
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=DisplayName]", "한가람");
        await page.FillAsync("input[name=Password]", "Garam-2026-pw");
        await page.FillAsync("input[name=ConfirmPassword]", "Garam-2026-pw");
        // "전체 동의" ticks every item, the optional one too; the member then unticks marketing.
        await page.CheckAsync("[data-check-all]");
        Assert.True(await page.IsCheckedAsync("input[name=AcceptsMarketing]"));
        await page.UncheckAsync("input[name=AcceptsMarketing]");
        await CatalogJourneyTests.Shot(page, "account-1-sign-up-consents");
        await page.ClickAsync("form[action='/account/register'] button[type=submit]");
        await page.WaitForURLAsync("**/account/check-mail");

        await page.GotoAsync(url + browser.App.LinkIn(email, "/account/confirm"));
        await page.WaitForURLAsync(url + "/");
        Assert.Contains("사업자등록번호", await page.InnerTextAsync("footer"));
        await CatalogJourneyTests.Shot(page, "account-2-confirmed-home-footer");

        // A saved address on /account.
        await page.GotoAsync(url + "/account");
        await page.FillAsync("input[name='Form.Label']", "집");
        await page.FillAsync("form[action='/account/addresses'] input[name='Form.Recipient']", "한가람");
        await page.FillAsync("form[action='/account/addresses'] input[name='Form.Phone']", "010-3333-4444");
        await page.FillAsync("form[action='/account/addresses'] input[name='Form.PostalCode']", "03154");
        await page.FillAsync("form[action='/account/addresses'] input[name='Form.RoadAddress']", "서울특별시 종로구 세종대로 175");
        await page.ClickAsync("form[action='/account/addresses'] button[type=submit]");
        await page.WaitForSelectorAsync(".saved-addresses li");
        await CatalogJourneyTests.Shot(page, "account-3-my-account");

        // Forgotten password: signed out, the mailed link sets a new one.
        await page.ClickAsync("header a[href='/account/logout']");
        await page.ClickAsync("form[action='/account/logout'] button[type=submit]");
        await page.WaitForURLAsync(url + "/");
        await page.GotoAsync(url + "/account/forgot");
        await page.FillAsync("input[name=Email]", email);
        await page.ClickAsync("form[action='/account/forgot'] button[type=submit]");
        await page.WaitForURLAsync("**/account/forgot/sent");
        await page.GotoAsync(url + browser.App.LinkIn(email, "/account/reset"));
        await page.FillAsync("input[name=Password]", "Garam-new-2026");
        await page.FillAsync("input[name=ConfirmPassword]", "Garam-new-2026");
        await CatalogJourneyTests.Shot(page, "account-4-reset");
        await page.ClickAsync("form[action='/account/reset'] button[type=submit]");
        await page.WaitForURLAsync("**/account/login?reset=done");
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", "Garam-new-2026");
        await page.ClickAsync("form[action='/account/login'] button[type=submit]");
        await page.WaitForURLAsync(url + "/");

        // Withdrawal, as easily as sign-up.
        await page.GotoAsync(url + "/account/withdraw");
        await page.FillAsync("input[name=password]", "Garam-new-2026");
        await page.CheckAsync("input[name=confirmed]");
        await CatalogJourneyTests.Shot(page, "account-5-withdraw");
        await page.ClickAsync("form[action='/account/withdraw'] button[type=submit]");
        await page.WaitForURLAsync("**/account/withdrawn");
        Assert.Contains("탈퇴가 끝났습니다", await page.InnerTextAsync("h1"));
        await CatalogJourneyTests.Shot(page, "account-6-withdrawn");

        await page.GotoAsync(url + "/account/login");
        await page.FillAsync("input[name=Email]", email);
        await page.FillAsync("input[name=Password]", "Garam-new-2026");
        await page.ClickAsync("form[action='/account/login'] button[type=submit]");
        await page.WaitForSelectorAsync(".errors, [role=alert]");
        Assert.Contains("/account/login", page.Url);
    }
}
