using AutoMapper;
using AutoMapper.QueryableExtensions;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Shop.Catalog;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Enterprises;

/// <summary><c>/enterprises/{id}</c>: the enterprise's story, certification and products.</summary>
public static class Details
{
    public const int ProductsShown = 48;

    public sealed record Query(int Id) : IRequest<Model?>;

    public sealed record Model(EnterpriseCard Enterprise, string Story, string StoryEn, IReadOnlyList<ProductCard> Products, int ProductCount);

    public sealed class Handler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query query, CancellationToken ct)
        {
            var enterprises = db.Enterprises.AsNoTracking().Where(e => e.Id == query.Id && e.Status == ApprovalStatus.Approved);
            var card = await enterprises.ProjectTo<EnterpriseCard>(mapping).FirstOrDefaultAsync(ct);
            if (card is null) return null;
            var story = await enterprises.Select(e => new { e.Story, e.StoryEn }).FirstAsync(ct);

            var products = db.Products.AsNoTracking().Visible().Where(p => p.EnterpriseId == query.Id);
            var items = await products.OrderByDescending(p => p.SalesCount).ThenBy(p => p.Id)
                .Take(ProductsShown).ProjectTo<ProductCard>(mapping).ToListAsync(ct);
            return new Model(card, story.Story, story.StoryEn, items, await products.CountAsync(ct));
        }
    }
}
