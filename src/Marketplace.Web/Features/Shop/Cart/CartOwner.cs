using System.Security.Claims;
using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Cart;

/// <summary>Whose cart a request works on: the signed-in member's, else the visitor's from the cart
/// cookie. Built by the controller from the request, never bound from a form.</summary>
public sealed record CartOwner(string? MemberId, Guid? VisitorToken)
{
    public const string CookieName = "mk_cart";

    public static CartOwner Of(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true
            ? new(http.User.FindFirstValue(ClaimTypes.NameIdentifier), null)
            : new(null, VisitorTokenOf(http.Request));

    public static Guid? VisitorTokenOf(HttpRequest request) =>
        Guid.TryParse(request.Cookies[CookieName], out var token) ? token : null;

    /// <summary>The visitor's token, issuing a cookie on their first add to the cart.</summary>
    public static CartOwner OfOrIssue(HttpContext http)
    {
        var owner = Of(http);
        if (owner.MemberId is not null || owner.VisitorToken is not null) return owner;
        var token = Guid.NewGuid();
        http.Response.Cookies.Append(CookieName, token.ToString(), new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(30),
        });
        return new(null, token);
    }

    public Task<Domain.Ordering.Cart?> FindCartAsync(MarketplaceDbContext db, CancellationToken ct)
    {
        if (MemberId is not null) return db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.MemberId == MemberId, ct);
        if (VisitorToken is { } token) return db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.VisitorToken == token, ct);
        return Task.FromResult<Domain.Ordering.Cart?>(null);
    }

    public async Task<Domain.Ordering.Cart> FindOrStartCartAsync(MarketplaceDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        if (await FindCartAsync(db, ct) is { } cart) return cart;
        cart = MemberId is not null ? Domain.Ordering.Cart.ForMember(MemberId, nowUtc)
            : VisitorToken is { } token ? Domain.Ordering.Cart.ForVisitor(token, nowUtc)
            : throw new InvalidOperationException("A cart needs a member or a visitor token.");
        db.Carts.Add(cart);
        return cart;
    }
}
