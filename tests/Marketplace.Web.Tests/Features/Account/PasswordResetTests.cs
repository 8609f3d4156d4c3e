using System.Net;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Features.Account;

/// <summary>A forgotten password: the same answer for every address, a link that works once, and a
/// reset that signs out every other browser.</summary>
public class PasswordResetTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HttpResponseMessage> AskAsync(string email) =>
        await Html.PostFormAsync(app.CreateBrowserlikeClient(), "/account/forgot", new Dictionary<string, string> { ["Email"] = email });

    [Fact]
    public async Task Asking_answers_the_same_for_a_member_and_a_stranger_and_mails_only_the_member()
    {
        var member = $"forgetful-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(member);
        var stranger = $"stranger-{Guid.NewGuid():N}@test.kr";

        var known = await AskAsync(member);
        var unknown = await AskAsync(stranger);

        Assert.Equal((HttpStatusCode.Redirect, "/account/forgot/sent"), (known.StatusCode, known.Headers.Location!.OriginalString));
        Assert.Equal((known.StatusCode, known.Headers.Location), (unknown.StatusCode, unknown.Headers.Location));
        Assert.Contains(app.MailTo(member), m => m.Contains("/account/reset?member="));
        Assert.Empty(app.MailTo(stranger, atLeast: 0));
    }

    [Fact]
    public async Task The_link_sets_a_new_password_once_and_ends_every_other_session()
    {
        var email = $"reset-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(email);
        var elsewhere = await app.SignedInAsync(email, "Test-12345!");
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/orders")).StatusCode);
        await AskAsync(email);
        var link = app.LinkIn(email, "/account/reset");
        var browser = app.CreateBrowserlikeClient();
        var form = await browser.GetStringAsync(link);
        Assert.Contains("새 비밀번호 정하기", form);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        var fields = new Dictionary<string, string>
        {
            ["MemberId"] = query["member"]!, ["Token"] = query["token"]!, ["Password"] = "New-pass-2026!", ["ConfirmPassword"] = "New-pass-2026!",
        };

        var reset = await Html.PostFormAsync(browser, "/account/reset", fields, link);

        Assert.Equal("/account/login?reset=done", reset.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/orders")).StatusCode); // signed out
        var oldPassword = await Html.PostFormAsync(app.CreateBrowserlikeClient(), "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Test-12345!" });
        Assert.Equal(HttpStatusCode.BadRequest, oldPassword.StatusCode);
        await app.SignedInAsync(email, "New-pass-2026!");

        fields["Password"] = fields["ConfirmPassword"] = "Another-2026!";
        var reused = await Html.PostFormAsync(app.CreateBrowserlikeClient(), "/account/reset", fields, link);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("이미 썼거나", await reused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_forged_link_and_a_common_new_password_are_refused()
    {
        var email = $"forged-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(email);
        var forged = await Html.PostFormAsync(app.CreateBrowserlikeClient(), "/account/reset", new Dictionary<string, string>
        {
            ["MemberId"] = "nobody", ["Token"] = "forged", ["Password"] = "New-pass-2026!", ["ConfirmPassword"] = "New-pass-2026!",
        }, "/account/reset");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        await AskAsync(email);
        var link = app.LinkIn(email, "/account/reset");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query);
        var common = await Html.PostFormAsync(app.CreateBrowserlikeClient(), "/account/reset", new Dictionary<string, string>
        {
            ["MemberId"] = query["member"]!, ["Token"] = query["token"]!, ["Password"] = "password1234", ["ConfirmPassword"] = "password1234",
        }, link);
        Assert.Equal(HttpStatusCode.BadRequest, common.StatusCode);
        Assert.Contains("너무 흔하거나", await common.Content.ReadAsStringAsync());
    }
}
