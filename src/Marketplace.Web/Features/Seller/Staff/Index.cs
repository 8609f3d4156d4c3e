using FluentValidation;
using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Staff;

public static partial class StaffInvitations
{
    public sealed record ListQuery(int EnterpriseId) : IRequest<Page>;

    public sealed record Page(IReadOnlyList<(string Email, string Name, bool Owner)> Staff, IReadOnlyList<(string Email, DateTime CreatedAtUtc)> Open);

    public sealed class ListHandler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<ListQuery, Page>
    {
        public async Task<Page> Handle(ListQuery query, CancellationToken ct)
        {
            var staff = await db.Users.AsNoTracking().Where(u => u.EnterpriseId == query.EnterpriseId)
                .OrderByDescending(u => u.IsEnterpriseOwner).ThenBy(u => u.Email)
                .Select(u => new { u.Email, u.DisplayName, u.IsEnterpriseOwner }).ToListAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var open = (await db.EnterpriseInvitations.AsNoTracking().Where(i => i.EnterpriseId == query.EnterpriseId && i.AcceptedAtUtc == null)
                .OrderByDescending(i => i.CreatedAtUtc).ToListAsync(ct)).Where(i => i.IsOpenAt(now)).ToList();
            return new Page(staff.Select(s => (s.Email ?? "", s.DisplayName, s.IsEnterpriseOwner)).ToList(), open.Select(i => (i.Email, i.CreatedAtUtc)).ToList());
        }
    }
}
