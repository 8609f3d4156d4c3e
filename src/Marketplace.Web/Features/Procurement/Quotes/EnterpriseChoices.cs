using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Quotes;

/// <summary>The approved enterprises a quote request can go to, by name, for the request form.</summary>
public static class EnterpriseChoices
{
    public sealed record Query : IRequest<IReadOnlyList<(int Id, string Name, EnterpriseType Type)>>;

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<(int Id, string Name, EnterpriseType Type)>>
    {
        public async Task<IReadOnlyList<(int Id, string Name, EnterpriseType Type)>> Handle(Query query, CancellationToken ct) =>
            (await db.Enterprises.AsNoTracking().Where(e => e.Status == ApprovalStatus.Approved).OrderBy(e => e.Name)
                .Select(e => new { e.Id, e.Name, e.Type }).ToListAsync(ct))
            .Select(e => (e.Id, e.Name, e.Type)).ToList();
    }
}
