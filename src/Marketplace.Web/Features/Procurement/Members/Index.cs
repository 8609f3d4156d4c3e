using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Members;

public static partial class InstitutionMembers
{
    public sealed record ListQuery(int InstitutionId) : IRequest<Page>;

    public sealed record Person(string Email, string Name, string Role);

    public sealed record Page(IReadOnlyList<Person> Members, IReadOnlyList<(string Email, string Role, DateTime CreatedAtUtc)> Open);

    public sealed class ListHandler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<ListQuery, Page>
    {
        public async Task<Page> Handle(ListQuery query, CancellationToken ct)
        {
            var members = await (
                from u in db.Users.AsNoTracking()
                where u.InstitutionId == query.InstitutionId
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where r.Name == Roles.InstitutionBuyer || r.Name == Roles.InstitutionApprover
                orderby u.Email
                select new { u.Email, u.DisplayName, Role = r.Name! })
                .ToListAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var open = (await db.InstitutionInvitations.AsNoTracking().Where(i => i.InstitutionId == query.InstitutionId && i.AcceptedAtUtc == null)
                .OrderByDescending(i => i.CreatedAtUtc).ToListAsync(ct)).Where(i => i.IsOpenAt(now)).ToList();
            return new Page(members.Select(m => new Person(m.Email ?? "", m.DisplayName, m.Role)).ToList(),
                open.Select(i => (i.Email, i.Role, i.CreatedAtUtc)).ToList());
        }
    }
}
