using System.Security.Claims;
using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Wishlist;

/// <summary>Which products the signed-in member has wished, read once per request for every heart on the page;
/// a visitor has none (and is offered to sign in), so visitors' cached pages stay the same for all.</summary>
public sealed class WishedProducts(MarketplaceDbContext db)
{
    private HashSet<int>? _ids;

    public static bool SignedIn(ClaimsPrincipal reader) => reader.Identity?.IsAuthenticated == true;

    public async Task<IReadOnlySet<int>> IdsAsync(ClaimsPrincipal reader)
    {
        if (_ids is not null) return _ids;
        var memberId = SignedIn(reader) ? reader.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        _ids = memberId is null ? [] : (await db.WishlistItems.AsNoTracking().Where(w => w.MemberId == memberId).Select(w => w.ProductId).ToListAsync()).ToHashSet();
        return _ids;
    }
}
