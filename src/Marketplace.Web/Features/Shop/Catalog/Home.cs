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
    public sealed record Query : IRequest<Model>, ISharedQuery
    {
        public TimeSpan CacheFor => TimeSpan.FromSeconds(30);
    }

    public sealed record Model(
        IReadOnlyList<EnterpriseCard> FeaturedEnterprises,
        IReadOnlyList<Search.FilterOption> Categories,
        IReadOnlyList<ProductCard> NewProducts);

    public sealed class Handler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping, CatalogFigures cache)
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
            return new Model(featured, categories, newest);
        }
    }
}
