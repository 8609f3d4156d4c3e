using System.Net;
using ImageMagick;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Admin;
using Marketplace.Web.Features.Admin.Listings;
using Marketplace.Web.Features.Payments;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SellerListings = Marketplace.Web.Features.Seller.Listings.Listings;

namespace Marketplace.Web.Tests.Infrastructure.Cluster;

/// <summary>Two servers of one shop behind a load balancer, on one PostgreSQL database and one Redis:
/// what a visitor, a member, an attacker and the background work see when their requests land on either.</summary>
public class TwoServersTests
{
    [Fact]
    public async Task A_price_approved_through_one_server_is_on_the_other_servers_catalog_within_a_second()
    {
        await using var servers = await TwoServers.StartAsync();
        var (a, b) = (servers.A, servers.B);
        var enterprise = await a.EnterpriseOfAsync("seller@demo.kr");
        var product = await a.ProductWithStockAsync(10, 19_400, enterprise);
        var name = await a.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.Where(p => p.Id == product).Select(p => p.Name).SingleAsync());
        var visitor = b.CreateClient();
        var catalog = $"/products?q={Uri.EscapeDataString(name)}";
        Assert.Contains("19,400원", await visitor.GetStringAsync(catalog)); // B now keeps this page and the product's answer
        Assert.Contains("19,400원", await visitor.GetStringAsync($"/products/{product}"));

        var form = (await a.SendAsync(new SellerListings.FormQuery(enterprise, product)))!.Form;
        form.Price = 23_000;
        await a.SendAsync(new SellerListings.Save(enterprise, product, form));
        var change = (await a.SendAsync(new ListingReview.QueueQuery())).Single(i => i.Id == product);
        await a.SendAsync(new ListingReview.Decide(await a.MemberIdAsync("admin@demo.kr"), product, true, change.Revision, Decision.Approve, null));

        // B's page cache would keep the old price for its lifetime (10 s) without A's message.
        var approved = DateTime.UtcNow;
        string page, details;
        do
        {
            page = await visitor.GetStringAsync(catalog);
            details = await visitor.GetStringAsync($"/products/{product}");
        }
        while (!(page.Contains("23,000원") && details.Contains("23,000원")) && DateTime.UtcNow - approved < TimeSpan.FromSeconds(1) && await Pause());
        Assert.Contains("23,000원", page);
        Assert.Contains("23,000원", details);
        Assert.DoesNotContain("19,400원", details);
    }

    [Fact]
    public async Task A_member_signed_in_on_one_server_continues_on_the_other_and_a_sign_out_there_ends_it_on_both()
    {
        await using var servers = await TwoServers.StartAsync();
        var jar = new CookieContainer();
        var onA = servers.A.CreateDefaultClient(new CookieContainerHandler(jar));
        var onB = servers.B.CreateDefaultClient(new CookieContainerHandler(jar));
        var signedIn = await Html.PostFormAsync(onA, "/account/login", new Dictionary<string, string> { ["Email"] = "consumer@demo.kr", ["Password"] = "Demo1234!" });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var stolen = jar.GetCookieHeader(new Uri("http://localhost/"));

        // B reads A's cookie (the keys are in the shared database) and posts a form whose token A issued.
        var ordersOnB = await onB.GetAsync("/orders");
        Assert.Equal(HttpStatusCode.OK, ordersOnB.StatusCode);
        var signOutPage = await onA.GetStringAsync("/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, (await onB.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(signOutPage),
        }))).StatusCode);

        // The same cookie, replayed on A at once: A trusted the session a moment ago, and B's sign-out reached it.
        var replay = servers.A.CreateDefaultClient();
        replay.DefaultRequestHeaders.Add("Cookie", stolen);
        var ended = DateTime.UtcNow;
        HttpResponseMessage answer;
        do answer = await replay.GetAsync("/orders");
        while (answer.StatusCode == HttpStatusCode.OK && DateTime.UtcNow - ended < TimeSpan.FromSeconds(1) && await Pause());
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains("/account/login", answer.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_sign_in_limit_reached_on_one_server_holds_on_the_other()
    {
        await using var servers = await TwoServers.StartAsync(new Dictionary<string, string?> { ["RateLimits:SignInsPerMinute"] = "3" });
        var wrong = new Dictionary<string, string> { ["Email"] = "consumer@demo.kr", ["Password"] = "not-the-password" };
        // The limit counts in one-minute windows: start well inside one, so that all four attempts fall in it.
        var now = servers.A.Clock.GetUtcNow();
        if (now.Second >= 45) await Task.Delay(TimeSpan.FromSeconds(60 - now.Second) - TimeSpan.FromMilliseconds(now.Millisecond) + TimeSpan.FromMilliseconds(200));
        for (var attempt = 0; attempt < 3; attempt++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Html.PostFormAsync(servers.A.CreateBrowserlikeClient(), "/account/login", wrong)).StatusCode);

        var fourth = await Html.PostFormAsync(servers.B.CreateBrowserlikeClient(), "/account/login", wrong);

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.True(int.Parse(fourth.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
    }

    [Fact]
    public async Task A_photo_uploaded_on_one_server_is_served_by_the_other()
    {
        await using var servers = await TwoServers.StartAsync();
        var enterprise = await servers.A.EnterpriseOfAsync("seller@demo.kr");
        var product = await servers.A.ProductWithStockAsync(5, 10_000, enterprise);
        var seller = await servers.A.SignedInAsync("seller@demo.kr");
        using var picture = new MagickImage(MagickColors.SeaGreen, 800, 600);
        var png = picture.ToByteArray(MagickFormat.Png);
        var page = await seller.GetStringAsync($"/seller/products/{product}/edit");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(png), "file", "photo.png" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await seller.PostAsync($"/seller/products/{product}/images", form)).StatusCode);
        var url = await servers.A.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.AsNoTracking()
            .Where(p => p.Id == product).SelectMany(p => p.Images).Select(i => i.Url).SingleAsync());

        var visitor = servers.B.CreateClient();
        var original = await visitor.GetAsync(url);
        var thumbnail = await visitor.GetAsync(Web.Infrastructure.Storage.ImageStore.ThumbnailOf(url));

        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal(png, await original.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType!.MediaType);
        using var small = new MagickImage(await thumbnail.Content.ReadAsByteArrayAsync());
        Assert.Equal((480u, 360u), (small.Width, small.Height));
    }

    [Fact]
    public async Task An_expired_payment_is_swept_by_one_server_only()
    {
        await using var servers = await TwoServers.StartAsync();
        var shopper = await servers.A.NewMemberAsync();
        var product = await servers.A.ProductWithStockAsync(5);
        await servers.A.AddToCartAsync(shopper, product, 2);
        var payment = (await servers.A.CheckoutAsync(shopper)).PaymentId;
        Assert.Equal(3, await servers.A.StockOfAsync(product));
        foreach (var server in new[] { servers.A, servers.B }) server.Clock.Advance(TimeSpan.FromHours(2));

        var turns = await Task.WhenAll(new[] { servers.A, servers.B }.Select(server =>
            server.Services.GetRequiredService<PaymentExpiryService>().RunTurnAsync(CancellationToken.None)));

        Assert.Equal(1, turns.Count(ran => ran));
        await using var scope = servers.B.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        Assert.Equal(PaymentStatus.Expired, (await db.Payments.SingleAsync(p => p.Id == payment)).Status);
        Assert.Equal(1, await db.ProcessedPaymentEvents.CountAsync(e => e.EventId.Contains(payment.ToString())));
        Assert.Equal(5, await servers.B.StockOfAsync(product));
        // The next turn a minute later belongs to whoever holds the lease; the other still waits.
        Assert.False(await (turns[0] ? servers.B : servers.A).Services.GetRequiredService<PaymentExpiryService>().RunTurnAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Without_Redis_a_server_still_serves_signs_in_and_counts_limits_on_its_own()
    {
        // Nothing listens on port 1: Redis is down from the start.
        await using var servers = await TwoServers.StartAsync(new Dictionary<string, string?>
        {
            ["Redis:Connection"] = "127.0.0.1:1,connectTimeout=200",
            ["RateLimits:SignInsPerMinute"] = "2",
        });
        var visitor = servers.B.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/products")).StatusCode);
        var health = await visitor.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("\"redis\":\"unavailable\"", await health.Content.ReadAsStringAsync());
        Assert.Contains("\"status\":\"degraded\"", await health.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(servers.B.CreateBrowserlikeClient(), "/account/login",
            new Dictionary<string, string> { ["Email"] = "consumer@demo.kr", ["Password"] = "Demo1234!" })).StatusCode);
        var wrong = new Dictionary<string, string> { ["Email"] = "consumer@demo.kr", ["Password"] = "not-the-password" };
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Html.PostFormAsync(servers.B.CreateBrowserlikeClient(), "/account/login", wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Html.PostFormAsync(servers.B.CreateBrowserlikeClient(), "/account/login", wrong)).StatusCode);
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(50);
        return true;
    }
}
