using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Reports;

public static partial class PurchaseResults
{
    /// <summary>The operator's view: what each institution bought in a year, by the same rules.</summary>
    public sealed record ByInstitutionQuery(int Year) : IRequest<IReadOnlyList<InstitutionRow>>;

    public sealed record InstitutionRow(int InstitutionId, string Name, int Orders, long AcceptedWon, long CountedWon);

    public sealed class ByInstitutionHandler(MarketplaceDbContext db) : IRequestHandler<ByInstitutionQuery, IReadOnlyList<InstitutionRow>>
    {
        public async Task<IReadOnlyList<InstitutionRow>> Handle(ByInstitutionQuery query, CancellationToken ct)
        {
            var (from, to) = YearBounds(query.Year);
            var totals = await db.PurchaseOrders.AsNoTracking()
                .Where(o => o.Status == PurchaseOrderStatus.Inspected && o.InspectedAtUtc >= from && o.InspectedAtUtc < to)
                .Select(o => new { o.InstitutionId, o.CountsTowardResults, Amount = o.Lines.Sum(l => l.AcceptedQuantity * (l.UnitSupplyWon + l.UnitVatWon)) })
                .GroupBy(o => o.InstitutionId)
                .Select(g => new { InstitutionId = g.Key, Orders = g.Count(), Accepted = g.Sum(o => o.Amount), Counted = g.Sum(o => o.CountsTowardResults ? o.Amount : 0) })
                .ToListAsync(ct);
            var ids = totals.Select(t => t.InstitutionId).ToList();
            var names = await db.Institutions.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
            return totals.Select(t => new InstitutionRow(t.InstitutionId, names[t.InstitutionId], t.Orders, t.Accepted, t.Counted))
                .OrderByDescending(r => r.AcceptedWon).ToList();
        }
    }
}
