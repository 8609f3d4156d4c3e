using System.Net;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Security;

/// <summary>Links in mail use the configured address, not the Host header a caller sends; Production
/// answers only to its own host; and forwarded client addresses are believed only from configured proxies.</summary>
public class HostAndProxyTests
{
    [Fact]
    public async Task An_invitation_sent_with_a_forged_host_header_still_links_to_the_shops_own_address()
    {
        using var app = new AppFactory();
        var owner = await app.SignedInAsync("seller@demo.kr");
        owner.DefaultRequestHeaders.Host = "evil.example";
        var invitee = $"colleague-{Guid.NewGuid():N}@test.kr";

        var invited = await Html.PostFormAsync(owner, "/seller/staff", new Dictionary<string, string> { ["email"] = invitee });

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var mail = Assert.Single(app.MailTo(invitee));
        Assert.DoesNotContain("evil.example", mail);
        Assert.Matches(@"http://localhost/seller/join/[0-9a-f-]{36}", mail);
    }

    [Fact]
    public async Task In_production_a_request_for_another_host_is_refused()
    {
        using var app = new ProductionAppFactory();
        using var own = app.CreateClient(new() { BaseAddress = new Uri("https://shop.example.kr") });
        using var other = app.CreateClient(new() { BaseAddress = new Uri("https://evil.example") });

        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_client_on_loopback_cannot_pick_its_rate_limit_bucket_with_x_forwarded_for()
    {
        using var app = new TightLimitsAppFactory();
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(address) };
        var token = Html.AntiforgeryToken(await client.GetStringAsync("/account/login"));

        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 4; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Email"] = "nobody@test.kr", ["Password"] = "Wrong12345!", ["__RequestVerificationToken"] = token,
                }),
            };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i}"); // a new "client" each time
            statuses.Add((await client.SendAsync(request)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }
}
