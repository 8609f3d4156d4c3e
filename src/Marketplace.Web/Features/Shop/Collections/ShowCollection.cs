using AutoMapper.QueryableExtensions;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Caching;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Collections;

/// <summary><c>/collections/{slug}</c>: a 기획전's banner, text and products, in the operator's order.
/// Shown during its period only; before or after it the address is not found.</summary>
public static class ShowCollection
{
    public sealed record Query(string Slug) : IRequest<Model?>, ISharedQuery
    {
        public TimeSpan CacheFor => TimeSpan.FromSeconds(30);
    }

    public sealed record Model(string Slug, string Title, string TitleEn, string Text, string TextEn, string? BannerUrl, DateOnly EndsOn, IReadOnlyList<ProductCard> Products);

    public sealed class Handler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping, TimeProvider clock) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query query, CancellationToken ct)
        {
            var today = KoreaTime.Today(clock);
            var c = await db.Collections.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == query.Slug && c.StartsOn <= today && c.EndsOn >= today, ct);
            if (c is null) return null;
            return new Model(c.Slug, c.Title, c.TitleEn, c.Text, c.TextEn, c.BannerUrl, c.EndsOn, await ProductsAsync(db, mapping, c.Items.Select(i => (i.ProductId, i.Position)), int.MaxValue, ct));
        }
    }

    /// <summary>The chosen products still on sale, in the chosen order.</summary>
    public static async Task<IReadOnlyList<ProductCard>> ProductsAsync(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping,
        IEnumerable<(int ProductId, int Position)> items, int take, CancellationToken ct)
    {
        var order = items.OrderBy(i => i.Position).Select(i => i.ProductId).Take(take).ToList();
        var cards = await db.Products.AsNoTracking().Visible().Where(p => order.Contains(p.Id)).ProjectTo<ProductCard>(mapping).ToListAsync(ct);
        return cards.OrderBy(p => order.IndexOf(p.Id)).ToList();
    }
}
