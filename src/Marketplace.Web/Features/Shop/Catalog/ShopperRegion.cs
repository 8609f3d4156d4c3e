using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Catalog;

/// <summary>The 시/도 "우리 지역" means for a member: their institution's, or else that of their default
/// delivery address (from its postcode). Null for a visitor or a member without either.</summary>
public static class ShopperRegion
{
    public sealed record Query(string? MemberId) : IRequest<Region?>;

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Region?>
    {
        public async Task<Region?> Handle(Query query, CancellationToken ct)
        {
            if (query.MemberId is null) return null;
            var institution = await db.Users.AsNoTracking().Where(u => u.Id == query.MemberId && u.InstitutionId != null)
                .Join(db.Institutions, u => u.InstitutionId, i => i.Id, (u, i) => (Region?)i.Region).FirstOrDefaultAsync(ct);
            if (institution is not null) return institution;
            var postcode = await db.SavedAddresses.AsNoTracking().Where(a => a.MemberId == query.MemberId)
                .OrderByDescending(a => a.IsDefault).ThenBy(a => a.Id).Select(a => a.Address.PostalCode).FirstOrDefaultAsync(ct);
            return Regions.OfPostcode(postcode);
        }
    }
}
