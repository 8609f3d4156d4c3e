using AutoMapper.QueryableExtensions;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Shop.Catalog;
using MediatR;
using Marketplace.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Enterprises;

/// <summary><c>/enterprises/{id}</c>: the enterprise's story, certification and products.</summary>
public static class Details
{
    public const int ProductsShown = 48;

    public sealed record Query(int Id) : IRequest<Model?>, ISharedQuery
    {
        public TimeSpan CacheFor => TimeSpan.FromSeconds(10);
    }

    public sealed class Model
    {
        public EnterpriseCard Enterprise { get; init; } = null!;
        public string Story { get; init; } = "";
        public string StoryEn { get; init; } = "";
        public IReadOnlyList<ProductCard> Products { get; set; } = [];
        public int ProductCount { get; set; }
        /// <summary>The impact stories the operator approved, newest first.</summary>
        public IReadOnlyList<Impact.MarketFigures.Story> Stories { get; set; } = [];

        public sealed class Profile : AutoMapper.Profile
        {
            public Profile() => CreateProjection<Marketplace.Domain.Enterprises.Enterprise, Model>()
                .ForMember(d => d.Enterprise, o => o.MapFrom(e => e))
                .ForMember(d => d.Products, o => o.Ignore())
                .ForMember(d => d.ProductCount, o => o.Ignore())
                .ForMember(d => d.Stories, o => o.Ignore());
        }
    }

    public sealed class Handler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query query, CancellationToken ct)
        {
            var page = await db.Enterprises.AsNoTracking()
                .Where(e => e.Id == query.Id && e.Status == ApprovalStatus.Approved)
                .ProjectTo<Model>(mapping).FirstOrDefaultAsync(ct);
            if (page is null) return null;

            var products = db.Products.AsNoTracking().Visible().Where(p => p.EnterpriseId == query.Id);
            page.Products = await products.OrderByDescending(p => p.SalesCount).ThenBy(p => p.Id)
                .Take(ProductsShown).ProjectTo<ProductCard>(mapping).ToListAsync(ct);
            page.ProductCount = await products.CountAsync(ct);
            page.Stories = await db.ImpactStories.AsNoTracking()
                .Where(s => s.EnterpriseId == query.Id && s.Status == ApprovalStatus.Approved).OrderByDescending(s => s.PublishedAtUtc).Take(6)
                .Select(s => new Impact.MarketFigures.Story(s.Id, query.Id, page.Enterprise.Name, page.Enterprise.NameEn, s.Title, s.Body, s.PhotoUrl, s.PublishedAtUtc!.Value))
                .ToListAsync(ct);
            return page;
        }
    }
}
