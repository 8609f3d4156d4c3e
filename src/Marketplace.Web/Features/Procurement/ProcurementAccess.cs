using System.Security.Claims;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement;

/// <summary>Which institution a signed-in buyer or approver acts for, read from the database on every
/// request (never from a form or a URL), and only once the operator has verified the institution.
/// Every procurement query filters by it, so another institution's ids are simply not found.</summary>
public static class ProcurementAccess
{
    public static Task<int?> InstitutionOfAsync(this MarketplaceDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var memberId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return db.Users.Where(u => u.Id == memberId && u.InstitutionId != null)
            .Join(db.Institutions.Where(i => i.Status == ApprovalStatus.Approved), u => u.InstitutionId, i => i.Id, (u, i) => (int?)i.Id)
            .FirstOrDefaultAsync(ct);
    }

    public static string MemberId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
