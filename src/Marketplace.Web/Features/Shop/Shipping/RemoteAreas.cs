using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Shipping;

/// <summary>Whether a 우편번호 lies in 제주 or a 도서산간 range of the operator's list.</summary>
public static class RemoteAreas
{
    public static async Task<RemoteAreaKind?> KindOfAsync(MarketplaceDbContext db, string postcode, CancellationToken ct)
    {
        // Postcodes are five digits, so their text order is their numeric order: only the ranges holding it are read,
        // and the domain decides between them (제주 first).
        var holding = await db.RemoteAreas.AsNoTracking()
            .Where(a => string.Compare(a.FromPostcode, postcode) <= 0 && string.Compare(a.ToPostcode, postcode) >= 0)
            .ToListAsync(ct);
        return RemoteArea.KindOf(holding, postcode);
    }
}
