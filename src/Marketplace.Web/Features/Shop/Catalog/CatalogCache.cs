using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Marketplace.Web.Features.Shop.Catalog;

/// <summary>Short-lived figures of the public catalog: match counts per filter (a minute) and the
/// category and tag lists (five minutes). Bounded, because search words come from anyone.</summary>
public sealed class CatalogCache
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public static readonly TimeSpan CountLifetime = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan ListLifetime = TimeSpan.FromMinutes(5);

    public Task<int> CountAsync(string key, Func<Task<int>> count) => GetAsync("count:" + key, CountLifetime, count);

    public Task<List<Search.FilterOption>> CategoriesAsync(MarketplaceDbContext db, CancellationToken ct) =>
        GetAsync("list:categories", ListLifetime, () => db.Categories.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new Search.FilterOption(c.Slug, c.Name, c.NameEn)).ToListAsync(ct));

    public Task<List<Search.FilterOption>> TagsAsync(MarketplaceDbContext db, CancellationToken ct) =>
        GetAsync("list:tags", ListLifetime, () => db.SocialValueTags.AsNoTracking().OrderBy(t => t.Id)
            .Select(t => new Search.FilterOption(t.Slug, t.Name, t.NameEn)).ToListAsync(ct));

    private async Task<T> GetAsync<T>(string key, TimeSpan lifetime, Func<Task<T>> load)
    {
        if (_cache.TryGetValue(key, out T? value) && value is not null) return value;
        value = await load();
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
        return value;
    }
}
