using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Catalog;

/// <summary>Figures of the public catalog that every visitor shares: match counts per filter (a minute)
/// and the category and tag lists (five minutes). Kept in the one <see cref="SharedReadCache"/>, so a
/// popular figure is loaded once when it expires, and a change to the catalog drops them all.</summary>
public sealed class CatalogFigures(SharedReadCache cache)
{
    public static readonly TimeSpan CountLifetime = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan ListLifetime = TimeSpan.FromMinutes(5);

    private sealed record CountKey(string Filter);
    private sealed record ListKey(string Name);

    public Task<int> CountAsync(string filter, Func<Task<int>> count) => cache.GetOrLoadAsync(new CountKey(filter), CountLifetime, count);

    public Task<List<Search.FilterOption>> CategoriesAsync(MarketplaceDbContext db, CancellationToken ct) =>
        cache.GetOrLoadAsync(new ListKey("categories"), ListLifetime, () => db.Categories.AsNoTracking().OrderBy(c => c.SortOrder)
            .Select(c => new Search.FilterOption(c.Slug, c.Name, c.NameEn)).ToListAsync(ct));

    public Task<List<Search.FilterOption>> TagsAsync(MarketplaceDbContext db, CancellationToken ct) =>
        cache.GetOrLoadAsync(new ListKey("tags"), ListLifetime, () => db.SocialValueTags.AsNoTracking().OrderBy(t => t.Id)
            .Select(t => new Search.FilterOption(t.Slug, t.Name, t.NameEn)).ToListAsync(ct));
}
