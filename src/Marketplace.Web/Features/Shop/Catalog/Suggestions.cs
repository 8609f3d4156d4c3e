using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Search;
using MediatR;

namespace Marketplace.Web.Features.Shop.Catalog;

/// <summary><c>/search/suggest?q=</c>: what the words typed so far may become — products, enterprises and categories.</summary>
public static class Suggestions
{
    /// <param name="Culture">Part of the key the answer is shared by: the labels are in this language.</param>
    public sealed record Query(string? Q, string Culture) : IRequest<IReadOnlyList<Suggestion>>, ISharedQuery
    {
        public TimeSpan CacheFor => TimeSpan.FromSeconds(30);
    }

    /// <param name="Kind">product, enterprise or category: the list groups by it.</param>
    public sealed record Suggestion(string Kind, string Label, string Url);

    public sealed class Handler(ProductSearch search, MarketplaceDbContext db, CatalogFigures figures) : IRequestHandler<Query, IReadOnlyList<Suggestion>>
    {
        public async Task<IReadOnlyList<Suggestion>> Handle(Query query, CancellationToken ct)
        {
            var text = query.Q?.Trim() ?? "";
            if (text.Length is 0 or > Search.MaxQueryLength) return [];
            var found = await search.SuggestAsync(text, 5, 3, ct);
            var products = found.Where(f => !f.IsEnterprise).Take(5)
                .Select(f => new Suggestion("product", Pick(query, f.Title, f.TitleEn), $"/products?q={Uri.EscapeDataString(f.Title)}"));
            var enterprises = found.Where(f => f.IsEnterprise).Take(3)
                .Select(f => new Suggestion("enterprise", Pick(query, f.Title, f.TitleEn), $"/enterprises/{f.Id}"));
            var lower = text.ToLowerInvariant();
            var categories = (await figures.CategoriesAsync(db, ct))
                .Where(c => c.Name.Contains(text, StringComparison.Ordinal) || c.NameEn.Contains(lower, StringComparison.OrdinalIgnoreCase)
                    || Hangul.IsInitialsOnly(text) && Hangul.Initial(c.Name).Contains(text, StringComparison.Ordinal))
                .Take(3).Select(c => new Suggestion("category", Pick(query, c.Name, c.NameEn), $"/products?category={c.Slug}"));
            return [.. products, .. enterprises, .. categories];
        }

        private static string Pick(Query query, string korean, string english) => query.Culture == "en" && english.Length > 0 ? english : korean;
    }
}
