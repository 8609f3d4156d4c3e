using AutoMapper.QueryableExtensions;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Shop.Catalog;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Wishlist;

/// <summary><c>/account/wishlist</c>: the member's wished products still on sale, the latest wished first.</summary>
public static class MyWishlist
{
    public sealed record Query(string MemberId) : IRequest<IReadOnlyList<ProductCard>>;

    public sealed class Handler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<Query, IReadOnlyList<ProductCard>>
    {
        public async Task<IReadOnlyList<ProductCard>> Handle(Query query, CancellationToken ct)
        {
            var ids = await db.WishlistItems.AsNoTracking().Where(w => w.MemberId == query.MemberId)
                .OrderByDescending(w => w.AddedAtUtc).ThenByDescending(w => w.Id).Select(w => w.ProductId).ToListAsync(ct);
            return await CardsInOrderAsync(db, mapping, ids, ct);
        }
    }

    /// <summary>The cards of the products still on sale, in the order given.</summary>
    public static async Task<IReadOnlyList<ProductCard>> CardsInOrderAsync(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping,
        IReadOnlyList<int> ids, CancellationToken ct)
    {
        var cards = await db.Products.AsNoTracking().Visible().Where(p => ids.Contains(p.Id)).ProjectTo<ProductCard>(mapping).ToDictionaryAsync(c => c.Id, ct);
        return ids.Where(cards.ContainsKey).Select(id => cards[id]).ToList();
    }
}
