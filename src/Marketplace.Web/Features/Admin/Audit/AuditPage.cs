using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.Audit;

/// <summary><c>/admin/audit</c>: the latest decisions, newest first, with who made them. Read-only:
/// no page changes or removes an entry.</summary>
public static class AuditPage
{
    public sealed record Query(int Take = 200) : IRequest<IReadOnlyList<Row>>;

    public sealed record Row(DateTime AtUtc, string Actor, string Action, string SubjectType, string SubjectId, string Before, string After);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query query, CancellationToken ct) =>
            await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(query.Take)
                .Select(a => new Row(a.AtUtc,
                    db.Users.Where(u => u.Id == a.ActorId).Select(u => u.DisplayName).FirstOrDefault() ?? a.ActorId,
                    a.Action, a.SubjectType, a.SubjectId, a.Before, a.After))
                .ToListAsync(ct);
    }
}
