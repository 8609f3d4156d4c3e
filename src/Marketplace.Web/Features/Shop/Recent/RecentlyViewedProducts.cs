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

    /// <summary>How long this server trusts that a member's newest view is the product it last recorded for them.</summary>
    public static readonly TimeSpan LastViewKeptFor = TimeSpan.FromMinutes(1);

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock, AutoMapper.IConfigurationProvider mapping, IMemoryCache lastViews)
        : IRequestHandler<Record, Unit>, IRequestHandler<Query, IReadOnlyList<ProductCard>>
    {
        public async Task<Unit> Handle(Record command, CancellationToken ct)
        {
            // The page opened again (a reload, back from the cart) is already first in the list: nothing to write.
            // Every view was a write, and writes to one SQLite file go one at a time.
            var lastKey = "recent-last:" + command.MemberId;
            if (lastViews.TryGetValue(lastKey, out int last) && last == command.ProductId) return Unit.Value;
            await WriteAsync(command, ct);
            lastViews.Set(lastKey, command.ProductId, LastViewKeptFor);
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
            var ids = query.MemberId is { } member
                ? await db.RecentlyViewed.AsNoTracking().Where(v => v.MemberId == member).OrderByDescending(v => v.ViewedAtUtc)
                    .Take(RecentlyViewed.Max + 1).Select(v => v.ProductId).ToListAsync(ct)
                : query.Ids ?? [];
            var shown = ids.Where(id => id != query.Except).Take(RecentlyViewed.Max).ToList();
            return shown.Count == 0 ? [] : await Wishlist.MyWishlist.CardsInOrderAsync(db, mapping, shown, ct);
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
