using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Wishlist;

/// <summary>The ids of the member's wished products, for the hearts on product cards.</summary>
public static class WishedIds
{
    public sealed record Query(string MemberId) : IRequest<IReadOnlyList<int>>;

    /// <summary>The member's wished ids, asked once per request however many hearts the page draws.</summary>
    public static async Task<IReadOnlyList<int>> OfRequestAsync(IMediator mediator, HttpContext http, string memberId)
    {
        const string key = "wished-ids";
        if (http.Items[key] is IReadOnlyList<int> known) return known;
        var ids = await mediator.Send(new Query(memberId), http.RequestAborted);
        http.Items[key] = ids;
        return ids;
    }

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<int>>
    {
        public async Task<IReadOnlyList<int>> Handle(Query query, CancellationToken ct) =>
            await db.WishlistItems.AsNoTracking().Where(w => w.MemberId == query.MemberId).Select(w => w.ProductId).ToListAsync(ct);
    }
}
