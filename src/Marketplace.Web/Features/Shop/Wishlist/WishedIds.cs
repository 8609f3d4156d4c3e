using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Wishlist;

/// <summary>The ids of the member's wished products, for the hearts on product cards.</summary>
public static class WishedIds
{
    public sealed record Query(string MemberId) : IRequest<IReadOnlyList<int>>;

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<int>>
    {
        public async Task<IReadOnlyList<int>> Handle(Query query, CancellationToken ct) =>
            await db.WishlistItems.AsNoTracking().Where(w => w.MemberId == query.MemberId).Select(w => w.ProductId).ToListAsync(ct);
    }
}
