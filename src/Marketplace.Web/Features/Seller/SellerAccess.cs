using System.Security.Claims;
using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller;

/// <summary>Which enterprise a signed-in staff member works for, read from the database on every
/// request (never from a form or a URL), so that staff of one enterprise cannot reach another's data.</summary>
public static class SellerAccess
{
    public static Task<int?> EnterpriseOfAsync(this MarketplaceDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var memberId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return db.Users.Where(u => u.Id == memberId).Select(u => u.EnterpriseId).FirstOrDefaultAsync(ct);
    }
}
