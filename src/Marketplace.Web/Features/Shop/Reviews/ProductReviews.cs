using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Caching;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Reviews;

/// <summary>A product's shown reviews for its page: newest, highest or lowest first, or those with photos.</summary>
public static class ProductReviews
{
    public const int PageSize = 10;

    public enum SortOrder { Newest, Highest, Lowest, WithPhotos }

    public sealed record Query(int ProductId, SortOrder Sort = SortOrder.Newest, int Page = 1) : IRequest<Model>, ISharedQuery
    {
        public TimeSpan CacheFor => TimeSpan.FromSeconds(10);
    }

    public sealed record Item(int Id, string AuthorName, int Rating, string Text, IReadOnlyList<string> Photos, DateTime CreatedAtUtc,
        string? Reply, DateTime? RepliedAtUtc);

    public sealed record Model(Query Query, IReadOnlyList<Item> Items, int Count, double Average, IReadOnlyDictionary<int, int> ByStars)
    {
        public int PageCount => Math.Max(1, (Count + PageSize - 1) / PageSize);
    }

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var shown = db.Reviews.AsNoTracking().Where(r => r.ProductId == query.ProductId && r.HiddenAtUtc == null);
            var stars = await shown.GroupBy(r => r.Rating).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var count = stars.Values.Sum();
            var listed = query.Sort == SortOrder.WithPhotos ? shown.Where(r => r.Photos.Any()) : shown;
            var sorted = query.Sort switch
            {
                SortOrder.Highest => listed.OrderByDescending(r => r.Rating).ThenByDescending(r => r.Id),
                SortOrder.Lowest => listed.OrderBy(r => r.Rating).ThenByDescending(r => r.Id),
                _ => listed.OrderByDescending(r => r.Id),
            };
            var page = Math.Clamp(query.Page, 1, 1_000);
            var items = await sorted.Skip((page - 1) * PageSize).Take(PageSize)
                .Select(r => new Item(r.Id, r.AuthorName, r.Rating, r.Text, r.Photos.OrderBy(p => p.SortOrder).Select(p => p.Url).ToList(), r.CreatedAtUtc, r.Reply, r.RepliedAtUtc))
                .ToListAsync(ct);
            var average = count == 0 ? 0 : stars.Sum(s => s.Key * s.Value) / (double)count;
            return new Model(query with { Page = page }, items, count, average, stars);
        }
    }
}
