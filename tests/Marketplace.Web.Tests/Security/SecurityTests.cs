using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Marketplace.Domain.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Security;

/// <summary>The app as served in production, over HTTPS at a real host name.</summary>
public sealed class ProductionAppFactory : AppFactory
{
    protected override string EnvironmentName => "Production";

    protected override IDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Site:PublicBaseUrl"] = "https://shop.example.kr" };
}

/// <summary>The app with small limits, to see them bite.</summary>
public sealed class TightLimitsAppFactory : AppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["RateLimits:SignInsPerMinute"] = "3",
        ["RateLimits:SignUpsPerHour"] = "2",
        ["RateLimits:WebhooksPerMinute"] = "2",
    };
}

public partial class SecurityHeaderTests(ProductionAppFactory app) : IClassFixture<ProductionAppFactory>
{
    private HttpClient Https() => app.CreateClient(new() { BaseAddress = new Uri("https://shop.example.kr"), AllowAutoRedirect = false });

    [Fact]
    public async Task Pages_carry_a_policy_without_inline_scripts_and_no_page_needs_one()
    {
        using var client = Https();
        foreach (var path in new[] { "/", "/products", "/products?q=%EC%84%B8%EC%A0%9C", "/account/login", "/account/register", "/cart", "/nowhere" })
        {
            using var response = await client.GetAsync(path);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());

            // What the policy would block must not be there: inline scripts, event handlers, style attributes.
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotMatch(EventHandler(), html);
            Assert.DoesNotContain(" style=\"", html);
        }
    }

    [Fact]
    public async Task Cookies_are_secure_http_only_and_same_site()
    {
        using var client = Https();
        var login = await client.GetAsync("/account/login");
        var token = Html.AntiforgeryToken(await login.Content.ReadAsStringAsync());
        var cookies = login.Headers.GetValues("Set-Cookie").ToList();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "consumer@demo.kr", ["Password"] = "Demo1234!", ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
        using var signedIn = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        cookies.AddRange(signedIn.Headers.GetValues("Set-Cookie"));

        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Identity.Application="));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery."));
        foreach (var cookie in cookies.Where(c => !c.Contains("expires=Thu, 01 Jan 1970")))
        {
            var flags = cookie.ToLowerInvariant();
            Assert.Contains("; secure", flags);
            Assert.Contains("; httponly", flags);
            Assert.Matches("; samesite=(lax|strict)", flags);
        }
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}

public class RateLimitAndLockoutTests(TightLimitsAppFactory app) : IClassFixture<TightLimitsAppFactory>
{
    [Fact]
    public async Task Sign_in_sign_up_and_the_webhook_answer_429_past_their_limits()
    {
        using var client = app.CreateBrowserlikeClient();
        var page = await client.GetStringAsync("/account/login");
        var token = Html.AntiforgeryToken(page);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = "nobody@test.kr", ["Password"] = "wrong-password", ["__RequestVerificationToken"] = token,
            }))).StatusCode);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);

        var signUps = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
            signUps.Add(await client.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token })));
        Assert.Equal(HttpStatusCode.TooManyRequests, signUps[2].StatusCode);
        Assert.True(int.Parse(signUps[2].Headers.GetValues("Retry-After").Single()) > 0);

        var hooks = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            hooks.Add((await client.PostAsync("/webhooks/stripe", new StringContent("{}", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], hooks);
    }
}

public class LockoutTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = $"locked-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(email);
        using var client = app.CreateBrowserlikeClient();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await Html.PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Wrong1234!" });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }
        var right = await Html.PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Test-12345!" });
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        // The same words as for a wrong password or an unknown address: nothing says the account exists.
        Assert.Contains("5번 틀리면 15분 동안 로그인할 수 없습니다", WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync()));

        var lockedUntil = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users
            .Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.InRange(lockedUntil!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }
}
