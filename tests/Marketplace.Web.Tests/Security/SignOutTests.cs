using System.Net;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marketplace.Web.Tests.Security;

/// <summary>Signing out ends the session on the server: a copy of the sign-in cookie stops working too.</summary>
public class SignOutTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_copied_remember_me_cookie_stops_working_when_its_owner_signs_out()
    {
        var owner = app.CreateBrowserlikeClient();
        var signedIn = await Html.PostFormAsync(owner, "/account/login",
            new Dictionary<string, string> { ["Email"] = "buyer@demo.kr", ["Password"] = "Demo1234!", ["RememberMe"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Identity.Application="));
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase); // persistent: "remember me"

        var thief = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/orders")).StatusCode);

        var signedOut = await Html.PostFormAsync(owner, "/account/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var after = await thief.GetAsync("/orders");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_in_one_browser_leaves_the_members_other_browser_signed_in()
    {
        var phone = await app.SignedInAsync("buyer2@demo.kr");
        var laptop = await app.SignedInAsync("buyer2@demo.kr");

        await Html.PostFormAsync(phone, "/account/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/orders")).StatusCode);
    }
}
