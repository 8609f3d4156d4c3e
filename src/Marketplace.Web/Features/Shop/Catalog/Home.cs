using AutoMapper.QueryableExtensions;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Shop.Enterprises;
using MediatR;
using Marketplace.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Catalog;

/// <summary><c>/</c>: featured enterprises, the categories, and what is new.</summary>
public static class Home
{
    /// <param name="Region">Whose "우리 지역" row to show; none without.</param>
    public sealed record Query : IRequest<Model>, ISharedQuery
    {
        public Region? Region { get; init; }
        public TimeSpan CacheFor => TimeSpan.FromSeconds(30);
    }

    /// <summary>A 기획전 on the home page today, with its first products.</summary>
    public sealed record CollectionTeaser(string Slug, string Title, string TitleEn, string Text, string TextEn, string? BannerUrl, IReadOnlyList<ProductCard> Products);

    public sealed record Model(
        IReadOnlyList<EnterpriseCard> FeaturedEnterprises,
        IReadOnlyList<Search.FilterOption> Categories,
        IReadOnlyList<ProductCard> NewProducts,
        IReadOnlyList<CollectionTeaser> Collections,
        Region? Region,
        IReadOnlyList<ProductCard> LocalProducts);

    public sealed class Handler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping, CatalogFigures cache, TimeProvider clock)
        : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            // Featured: the enterprises that report the most social value.
            var featured = await db.Enterprises.AsNoTracking()
                .Where(e => e.Status == ApprovalStatus.Approved)
                .OrderByDescending(e => e.SocialValueYears.OrderByDescending(y => y.Year).Select(y => y.TotalWon).FirstOrDefault()).ThenBy(e => e.Id)
                .Take(8).ProjectTo<EnterpriseCard>(mapping).ToListAsync(ct);
            var categories = await cache.CategoriesAsync(db, ct);
            var newest = await db.Products.AsNoTracking().Visible()
                .OrderByDescending(p => p.CreatedAtUtc).ThenByDescending(p => p.Id)
                .Take(8).ProjectTo<ProductCard>(mapping).ToListAsync(ct);
            var today = KoreaTime.Today(clock);
            var shown = await db.Collections.AsNoTracking().Where(c => c.StartsOn <= today && c.EndsOn >= today)
                .OrderBy(c => c.EndsOn).Take(3).ToListAsync(ct);
            var collections = new List<CollectionTeaser>();
            foreach (var c in shown)
                collections.Add(new CollectionTeaser(c.Slug, c.Title, c.TitleEn, c.Text, c.TextEn, c.BannerUrl,
                    await Collections.ShowCollection.ProductsAsync(db, mapping, c.Items.Select(i => (i.ProductId, i.Position)), 4, ct)));
            var local = query.Region is { } region
                ? await db.Products.AsNoTracking().Visible().Where(p => p.Enterprise.Region == region)
                    .OrderByDescending(p => p.SalesCount).ThenByDescending(p => p.Id).Take(4).ProjectTo<ProductCard>(mapping).ToListAsync(ct)
                : [];
            return new Model(featured, categories, newest, collections, query.Region, local);
        }
    }
}
