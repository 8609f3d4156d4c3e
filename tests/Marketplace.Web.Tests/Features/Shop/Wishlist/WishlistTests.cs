using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Features.Account;
using Marketplace.Web.Features.Shop.Recent;
using Marketplace.Web.Features.Shop.Wishlist;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop.Wishlist;

/// <summary>찜 from the heart, the news of a restock or a lower price by mail (once, and only to those who want it),
/// and the recently viewed products of members and visitors.</summary>
public class WishlistTests
{
    private static Task SetProductAsync(AppFactory app, int productId, long price, int stock) => app.WithScopeAsync(async sp =>
    {
        // As an approved price change and a restock leave the row.
        var db = sp.GetRequiredService<MarketplaceDbContext>();
        await db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(u => u.SetProperty(p => p.PriceWon, price).SetProperty(p => p.Stock, stock));
        return 0;
    });

    [Fact]
    public async Task The_heart_on_a_product_page_adds_it_to_the_wishlist_and_a_visitor_is_asked_to_sign_in_first()
    {
        using var app = new AppFactory();
        var product = await app.ProductWithStockAsync(5, 9_000);
        var visitorPage = await app.CreateBrowserlikeClient().GetStringAsync($"/products/{product}");
        Assert.Contains($"/account/login?returnUrl=%2Fproducts%2F{product}", visitorPage);

        var email = $"wish-{Guid.NewGuid():N}@test.kr";
        await app.NewMemberAsync(email);
        var client = await app.SignedInAsync(email, "Test-12345!");
        var pressed = await Html.PostFormAsync(client, $"/wishlist/{product}", new Dictionary<string, string> { ["returnUrl"] = $"/products/{product}" }, $"/products/{product}");
        Assert.Equal($"/products/{product}", pressed.Headers.Location?.OriginalString);
        Assert.Contains("aria-pressed=\"true\"", await client.GetStringAsync($"/products/{product}"));
        Assert.Contains($"/products/{product}\"", await client.GetStringAsync("/account/wishlist"));
        // The hearts on the cached cards learn the member's wishes from a small answer of their own.
        Assert.Contains($"[{product}]", await client.GetStringAsync("/wishlist/ids"));

        // Pressed again, it leaves; a returnUrl to another site is not followed.
        var again = await Html.PostFormAsync(client, $"/wishlist/{product}", new Dictionary<string, string> { ["returnUrl"] = "https://evil.example/" }, $"/products/{product}");
        Assert.Equal("/account/wishlist", again.Headers.Location?.OriginalString);
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().WishlistItems.CountAsync(w => w.ProductId == product)));
        Assert.Null(await app.SendAsync(new ToggleWish.Command(await app.NewMemberAsync(), 987_654)));
    }

    [Fact]
    public async Task A_restock_and_a_lower_price_are_mailed_once_to_members_who_want_it()
    {
        using var app = new AppFactory();
        var product = await app.ProductWithStockAsync(0, 20_000);
        var wants = $"wants-{Guid.NewGuid():N}@test.kr";
        var refuses = $"refuses-{Guid.NewGuid():N}@test.kr";
        var wantsId = await app.NewMemberAsync(wants);
        var refusesId = await app.NewMemberAsync(refuses);
        await app.SendAsync(new MyAccount.ChooseMail(refusesId, new MyAccount.MailChoices { OrderProgress = true, WishlistNews = false }));
        Assert.True(await app.SendAsync(new ToggleWish.Command(wantsId, product)));
        Assert.True(await app.SendAsync(new ToggleWish.Command(refusesId, product)));
        Assert.Equal(0, await app.SendAsync(new SendWishlistNews.Command()));

        await SetProductAsync(app, product, 20_000, 8);
        Assert.Equal(2, await app.SendAsync(new SendWishlistNews.Command())); // one queued for each, the refusal then drops it
        Assert.Contains("다시 입고", app.MailContaining(wants, "다시 입고"));
        Assert.Equal(0, await app.SendAsync(new SendWishlistNews.Command()));

        await SetProductAsync(app, product, 17_000, 8);
        await app.SendAsync(new SendWishlistNews.Command());
        var drop = app.MailContaining(wants, "가격이 내렸습니다");
        Assert.Contains("20,000원", drop);
        Assert.Contains("17,000원", drop);
        Assert.Empty(app.MailTo(refuses, atLeast: 0));
    }

    [Fact]
    public async Task Recently_viewed_products_are_kept_for_members_on_the_server_and_for_visitors_in_the_session_twenty_at_most()
    {
        using var app = new AppFactory();
        var ids = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .Where(p => p.Status == Domain.Catalog.ProductStatus.Published).OrderBy(p => p.Id).Select(p => p.Id).Take(22).ToListAsync());
        var member = await app.NewMemberAsync();
        foreach (var id in ids) await app.SendAsync(new RecentlyViewedProducts.Record(member, id));
        var kept = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().RecentlyViewed.Where(v => v.MemberId == member).CountAsync());
        Assert.Equal(RecentlyViewed.Max, kept);
        var shown = await app.SendAsync(new RecentlyViewedProducts.Query(member, null, ids[^1]));
        Assert.Equal(ids[^2], shown[0].Id); // newest first, the page's own product left out
        Assert.DoesNotContain(shown, c => c.Id == ids[0] || c.Id == ids[1]);

        var visitor = app.CreateBrowserlikeClient();
        await visitor.GetStringAsync($"/products/{ids[0]}");
        var second = await visitor.GetStringAsync($"/products/{ids[1]}");
        Assert.Contains("최근 본 상품", second);
        Assert.Contains($"href=\"/products/{ids[0]}\"", second);
        Assert.Contains($"href=\"/products/{ids[1]}\"", await visitor.GetStringAsync("/cart"));
    }
    [Fact]
    public async Task Opening_the_newest_viewed_product_again_writes_nothing_and_another_one_moves_it_up()
    {
        using var app = new AppFactory();
        var ids = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .Where(p => p.Status == Domain.Catalog.ProductStatus.Published).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync());
        var (a, b) = (ids[0], ids[1]);
        var member = await app.NewMemberAsync();
        await app.SendAsync(new RecentlyViewedProducts.Record(member, a));

        app.Commands.Clear();
        for (var i = 0; i < 3; i++) await app.SendAsync(new RecentlyViewedProducts.Record(member, a)); // reloads
        Assert.DoesNotContain(app.Commands.Commands, c => c.Sql.Contains("\"RecentlyViewed\"") && !c.Sql.TrimStart().StartsWith("SELECT"));

        await app.SendAsync(new RecentlyViewedProducts.Record(member, b));
        await app.SendAsync(new RecentlyViewedProducts.Record(member, a));
        var shown = await app.SendAsync(new RecentlyViewedProducts.Query(member, null));
        Assert.Equal([a, b], shown.Select(c => c.Id).ToArray());
    }
}
