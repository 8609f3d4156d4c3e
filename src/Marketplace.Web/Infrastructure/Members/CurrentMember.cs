using System.Security.Claims;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Members;

/// <summary>Who is signed in and what they act for, read from the database once per request (never
/// from a form or a URL): the enterprise they work for, and the institution they buy for once the
/// operator has verified it. Filters and binders read it; handlers filter their queries by the ids
/// it gives, so someone else's ids are simply not found.</summary>
public sealed class CurrentMember(IHttpContextAccessor http, MarketplaceDbContext db)
{
    public sealed record Links(int? EnterpriseId, int? InstitutionId);

    private Task<Links>? _links;

    public string? Id => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public Task<Links> LinksAsync(CancellationToken ct) => _links ??= LoadAsync(ct);

    private async Task<Links> LoadAsync(CancellationToken ct)
    {
        var id = Id;
        if (id is null) return new Links(null, null);
        var row = await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new
            {
                u.EnterpriseId,
                u.InstitutionId,
                Verified = db.Institutions.Any(i => i.Id == u.InstitutionId && i.Status == ApprovalStatus.Approved),
            })
            .FirstOrDefaultAsync(ct);
        return new Links(row?.EnterpriseId, row is { Verified: true } ? row.InstitutionId : null);
    }
}
