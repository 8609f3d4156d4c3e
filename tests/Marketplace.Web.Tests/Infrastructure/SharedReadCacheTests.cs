using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Shared catalog answers are reused for a few seconds and dropped when the catalog changes.</summary>
public class SharedReadCacheTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_shared_answer_is_loaded_once_until_invalidated()
    {
        var cache = app.Services.GetRequiredService<SharedReadCache>();
        var loads = 0;
        Task<string> Load() { loads++; return Task.FromResult($"answer {loads}"); }

        Assert.Equal("answer 1", await cache.GetOrLoadAsync("key", TimeSpan.FromMinutes(1), Load));
        Assert.Equal("answer 1", await cache.GetOrLoadAsync("key", TimeSpan.FromMinutes(1), Load));
        await cache.InvalidateAsync();
        Assert.Equal("answer 2", await cache.GetOrLoadAsync("key", TimeSpan.FromMinutes(1), Load));
    }

    [Fact]
    public async Task Requests_that_miss_together_share_one_load()
    {
        var cache = app.Services.GetRequiredService<SharedReadCache>();
        var loads = 0;
        var release = new TaskCompletionSource();
        async Task<string> SlowLoad() { Interlocked.Increment(ref loads); await release.Task; return "answer"; }

        var waiting = Enumerable.Range(0, 20).Select(_ => cache.GetOrLoadAsync("stampede", TimeSpan.FromMinutes(1), SlowLoad)).ToList();
        await Task.Delay(50);
        release.SetResult();
        Assert.All(await Task.WhenAll(waiting), answer => Assert.Equal("answer", answer));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task A_product_page_shows_a_price_change_once_the_catalog_is_invalidated()
    {
        var id = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .Where(p => p.Status == ProductStatus.Published).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var before = await app.SendAsync(new Details.Query(id));

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            await db.Products.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.PriceWon, before!.Price + 1000));
            return 0;
        });
        Assert.Equal(before!.Price, (await app.SendAsync(new Details.Query(id)))!.Price); // still the shared answer

        await app.Services.GetRequiredService<SharedReadCache>().InvalidateAsync();
        Assert.Equal(before.Price + 1000, (await app.SendAsync(new Details.Query(id)))!.Price);
    }

    [Fact]
    public async Task Anonymous_catalog_pages_come_from_the_page_cache_one_copy_per_language()
    {
        using var client = app.CreateClient(new() { HandleCookies = false });
        const string path = "/products?q=%EB%8F%84%EC%8B%9C%EB%9D%BD";
        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // served from the page cache
        Assert.Contains("lang=\"ko\"", await second.Content.ReadAsStringAsync());

        using var english = new HttpRequestMessage(HttpMethod.Get, path);
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        Assert.Contains("lang=\"en\"", await (await client.SendAsync(english)).Content.ReadAsStringAsync());
    }
}
