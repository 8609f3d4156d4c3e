using System.Net;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Account;

public class AccountTests(AppFactory app) : IClassFixture<AppFactory>
{
    private HttpClient Client() => app.CreateBrowserlikeClient();

    [Fact]
    public async Task The_login_form_posts_email_and_password_with_an_antiforgery_token()
    {
        var html = await Client().GetStringAsync("/account/login");
        Assert.Contains("name=\"Email\"", html);
        Assert.Contains("name=\"Password\"", html);
        Assert.NotEmpty(Html.AntiforgeryToken(html));
    }

    [Fact]
    public async Task A_demo_member_signs_in_and_returns_where_they_were()
    {
        var response = await Html.PostFormAsync(Client(), "/account/login?returnUrl=%2Fproducts",
            new Dictionary<string, string> { ["Email"] = "consumer@demo.kr", ["Password"] = "Demo1234!", ["ReturnUrl"] = "/products" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/products", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application="));
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_one_message()
    {
        var response = await Html.PostFormAsync(Client(), "/account/login",
            new Dictionary<string, string> { ["Email"] = "seller2@demo.kr", ["Password"] = "wrong-password" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("이메일 또는 비밀번호가 올바르지 않습니다", html);
        Assert.Contains("value=\"seller2@demo.kr\"", html);
    }

    [Fact]
    public async Task A_login_without_the_antiforgery_token_is_refused()
    {
        var response = await Client().PostAsync("/account/login", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Email"] = "consumer@demo.kr", ["Password"] = "Demo1234!" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_return_address_on_another_site_is_ignored()
    {
        var response = await Html.PostFormAsync(Client(), "/account/login",
            new Dictionary<string, string> { ["Email"] = "consumer@demo.kr", ["Password"] = "Demo1234!", ["ReturnUrl"] = "https://evil.example/" });
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_up_creates_a_consumer_with_its_sign_up_time_and_channel()
    {
        var before = DateTime.UtcNow.AddSeconds(-1);
        var client = Client();
        var response = await Html.PostFormAsync(client, "/account/register?fromEnterprise=3", new Dictionary<string, string>
        {
            ["Email"] = "new.member@example.kr", ["DisplayName"] = "새회원", ["Password"] = "good-pass-1", ["ConfirmPassword"] = "good-pass-1", ["AgreesToTerms"] = "true", ["AgreesToPrivacy"] = "true", ["IsFourteenOrOlder"] = "true", ["FromEnterprise"] = "3",
        });
        Assert.Equal("/account/check-mail", response.Headers.Location!.OriginalString);
        // Not signed in, and the password does not work, until the mailed link is opened.
        var early = await Html.PostFormAsync(Client(), "/account/login", new Dictionary<string, string> { ["Email"] = "new.member@example.kr", ["Password"] = "good-pass-1" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var link = app.LinkIn("new.member@example.kr", "/account/confirm");
        var confirmed = await client.GetAsync(link);
        Assert.Equal("/", confirmed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/orders")).StatusCode);
        // The link works once: opened again, from another browser, it signs nobody in.
        var reused = await Client().GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var member = await users.FindByEmailAsync("new.member@example.kr");
            Assert.NotNull(member);
            Assert.Equal(SignUpChannel.EnterprisePage, member.SignUpChannel);
            Assert.InRange(member.SignedUpAtUtc, before, DateTime.UtcNow.AddSeconds(1));
            Assert.True(await users.IsInRoleAsync(member, Roles.Consumer));
            Assert.True(member.EmailConfirmed);
            return 0;
        });
    }

    [Fact]
    public async Task Signing_up_with_an_address_that_has_an_account_answers_exactly_as_for_a_new_one_and_tells_its_owner()
    {
        var fresh = await Html.PostFormAsync(Client(), "/account/register", new Dictionary<string, string>
        {
            ["Email"] = $"fresh-{Guid.NewGuid():N}@example.kr", ["DisplayName"] = "새회원", ["Password"] = "good-pass-1", ["ConfirmPassword"] = "good-pass-1", ["AgreesToTerms"] = "true", ["AgreesToPrivacy"] = "true", ["IsFourteenOrOlder"] = "true",
        });
        var taken = await Html.PostFormAsync(Client(), "/account/register", new Dictionary<string, string>
        {
            ["Email"] = "consumer@demo.kr", ["DisplayName"] = "새회원", ["Password"] = "good-pass-1", ["ConfirmPassword"] = "good-pass-1", ["AgreesToTerms"] = "true", ["AgreesToPrivacy"] = "true", ["IsFourteenOrOlder"] = "true",
        });

        Assert.Equal((fresh.StatusCode, fresh.Headers.Location), (taken.StatusCode, taken.Headers.Location));
        Assert.Equal(fresh.Headers.Contains("Set-Cookie"), taken.Headers.Contains("Set-Cookie"));
        Assert.Equal(await fresh.Content.ReadAsStringAsync(), await taken.Content.ReadAsStringAsync());
        var note = Assert.Single(app.MailTo("consumer@demo.kr"));
        Assert.Contains("이미 가입되어 있습니다", note);
    }

    [Fact]
    public async Task A_wrong_or_reused_confirmation_link_changes_nothing()
    {
        var response = await Client().GetAsync("/account/confirm?member=nobody&token=forged");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("링크가 올바르지 않거나", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("not-an-email", "이름", "good-pass-1", "good-pass-1", "올바른 이메일 주소가 아닙니다")]
    [InlineData("x@example.kr", "", "good-pass-1", "good-pass-1", "이름을 입력해 주세요")]
    [InlineData("x@example.kr", "이름", "short", "short", "10자 이상")]
    [InlineData("x@example.kr", "이름", "password1", "password1", "10자 이상")]
    [InlineData("x@example.kr", "이름", "password1234", "password1234", "너무 흔하거나")]
    [InlineData("x@example.kr", "이름", "1q2w3e4r5t", "1q2w3e4r5t", "너무 흔하거나")]
    [InlineData("hong.gildong@example.kr", "이름", "hong.gildong-2026", "hong.gildong-2026", "이메일 주소와 같은")]
    [InlineData("x@example.kr", "이름", "good-pass-1", "good-pass-2", "비밀번호가 서로 다릅니다")]
    public async Task A_bad_sign_up_shows_the_form_again_and_saves_nothing(string email, string name, string password, string confirm, string message)
    {
        var countBefore = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users.CountAsync());
        var response = await Html.PostFormAsync(Client(), "/account/register", new Dictionary<string, string>
        {
            ["Email"] = email, ["DisplayName"] = name, ["Password"] = password, ["ConfirmPassword"] = confirm, ["AgreesToTerms"] = "true", ["AgreesToPrivacy"] = "true", ["IsFourteenOrOlder"] = "true",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.Equal(countBefore, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users.CountAsync()));
    }
}
