using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

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

    /// <summary>How long this server keeps a member's ids as it last read them: a heart pressed here shows at once,
    /// one pressed on another server within that time.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    private static string Key(string memberId) => "wished:" + memberId;

    /// <summary>After the member's wishlist changed on this server.</summary>
    public static void Forget(IMemoryCache kept, string memberId) => kept.Remove(Key(memberId));

    // A product page drew one heart, and its one small query was a quarter of a signed-in view.
    public sealed class Handler(MarketplaceDbContext db, IMemoryCache kept) : IRequestHandler<Query, IReadOnlyList<int>>
    {
        public async Task<IReadOnlyList<int>> Handle(Query query, CancellationToken ct)
        {
            if (kept.Get<IReadOnlyList<int>>(Key(query.MemberId)) is { } known) return known;
            var ids = await db.WishlistItems.AsNoTracking().Where(w => w.MemberId == query.MemberId).Select(w => w.ProductId).ToListAsync(ct);
            kept.Set(Key(query.MemberId), (IReadOnlyList<int>)ids, KeptFor);
            return ids;
        }
    }
}
