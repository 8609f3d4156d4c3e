using System.Security.Claims;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Features.Shop.Catalog;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Marketplace.Web.Features.Shop.Recent;

/// <summary>Products the shopper opened, newest first, at most <see cref="RecentlyViewed.Max"/>: a member's on the server
/// (so they follow the member to another device), a visitor's in a cookie that ends with the browser session.</summary>
public static class RecentlyViewedProducts
{
    public const string CookieName = "mk_recent";

    /// <summary>The product page was opened.</summary>
    public sealed record Record(string MemberId, int ProductId) : IRequest<Unit>;

    /// <param name="Ids">For a visitor, the cookie's; for a member, null (read from the server).</param>
    public sealed record Query(string? MemberId, IReadOnlyList<int>? Ids, int? Except = null) : IRequest<IReadOnlyList<ProductCard>>;

    /// <summary>How long this server keeps a member's list as it last read or wrote it. A view on another server
    /// shows here within that time; views on this one show at once.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock, IMemoryCache kept, IMediator mediator)
        : IRequestHandler<Record, Unit>, IRequestHandler<Query, IReadOnlyList<ProductCard>>
    {
        // Every signed-in product view read the member's list and wrote a row; on SQLite writes go one at a time.
        private static string Key(string memberId) => "recent:" + memberId;

        public async Task<Unit> Handle(Record command, CancellationToken ct)
        {
            var known = await MemberIdsAsync(command.MemberId, ct);
            // The page opened again (a reload, back from the cart) is first in the list already: nothing to write.
            if (known is [var newest, ..] && newest == command.ProductId) return Unit.Value;
            await WriteAsync(command, ct);
            kept.Set(Key(command.MemberId), (IReadOnlyList<int>)[command.ProductId, .. known.Where(id => id != command.ProductId).Take(RecentlyViewed.Max - 1)], KeptFor);
            return Unit.Value;
        }

        private async Task WriteAsync(Record command, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (await db.RecentlyViewed.Where(v => v.MemberId == command.MemberId && v.ProductId == command.ProductId)
                    .ExecuteUpdateAsync(u => u.SetProperty(v => v.ViewedAtUtc, now), ct) > 0)
                return;
            db.RecentlyViewed.Add(new RecentlyViewed(command.MemberId, command.ProductId, now));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // the same page opened twice at once
                return;
            }
            // Keep the newest: anything beyond them goes.
            var keep = await db.RecentlyViewed.Where(v => v.MemberId == command.MemberId).OrderByDescending(v => v.ViewedAtUtc)
                .Skip(RecentlyViewed.Max).Select(v => v.ProductId).ToListAsync(ct);
            if (keep.Count > 0) await db.RecentlyViewed.Where(v => v.MemberId == command.MemberId && keep.Contains(v.ProductId)).ExecuteDeleteAsync(ct);
        }

        public async Task<IReadOnlyList<ProductCard>> Handle(Query query, CancellationToken ct)
        {
            var ids = query.MemberId is { } member ? await MemberIdsAsync(member, ct) : query.Ids ?? [];
            var shown = ids.Where(id => id != query.Except).Take(RecentlyViewed.Max).ToList();
            return shown.Count == 0 ? [] : await mediator.Send(CardsInOrder.Query.Of(shown), ct);
        }

        private async Task<IReadOnlyList<int>> MemberIdsAsync(string memberId, CancellationToken ct)
        {
            if (kept.Get<IReadOnlyList<int>>(Key(memberId)) is { } known) return known;
            var ids = await db.RecentlyViewed.AsNoTracking().Where(v => v.MemberId == memberId).OrderByDescending(v => v.ViewedAtUtc)
                .Take(RecentlyViewed.Max + 1).Select(v => v.ProductId).ToListAsync(ct);
            kept.Set(Key(memberId), (IReadOnlyList<int>)ids, KeptFor);
            return ids;
        }
    }

    /// <summary>The visitor's products from the cookie, newest first; ignores anything that is not a list of ids.</summary>
    public static IReadOnlyList<int> VisitorIds(HttpRequest request) =>
        (request.Cookies[CookieName] ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.TryParse(s, out var id) && id > 0 ? id : 0).Where(id => id > 0).Distinct().Take(RecentlyViewed.Max).ToList();

    /// <summary>Puts <paramref name="productId"/> first in the visitor's cookie. No expiry: it ends with the browser session.</summary>
    public static void RememberForVisitor(HttpContext http, int productId)
    {
        var ids = new[] { productId }.Concat(VisitorIds(http.Request).Where(id => id != productId)).Take(RecentlyViewed.Max);
        http.Response.Cookies.Append(CookieName, string.Join('.', ids), new CookieOptions
        {
            HttpOnly = true, Secure = http.Request.IsHttps, SameSite = SameSiteMode.Lax, IsEssential = true,
        });
    }

    /// <summary>What the reader of this request opened, leaving out <paramref name="except"/>.</summary>
    public static Task<IReadOnlyList<ProductCard>> OfReaderAsync(IMediator mediator, HttpContext http, int? except, CancellationToken ct)
    {
        var memberId = MemberOf(http);
        return mediator.Send(new Query(memberId, memberId is null ? VisitorIds(http.Request) : null, except), ct);
    }

    /// <summary>Records the view for whoever opened the page and returns what they opened before.</summary>
    public static async Task<IReadOnlyList<ProductCard>> ViewedAsync(IMediator mediator, HttpContext http, int productId, CancellationToken ct)
    {
        var memberId = MemberOf(http);
        var before = await OfReaderAsync(mediator, http, productId, ct);
        if (memberId is not null) await mediator.Send(new Record(memberId, productId), ct);
        else RememberForVisitor(http, productId);
        return before;
    }

    private static string? MemberOf(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
