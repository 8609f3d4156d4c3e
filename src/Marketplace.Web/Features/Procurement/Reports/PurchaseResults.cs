using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Reports;

/// <summary><c>/procurement/reports</c>: an institution's preferential-purchase results for a year, as
/// it reports them to the Ministry. Only accepted amounts of inspected orders count (VAT included,
/// as the published results are), on the Korean day of inspection, and only when the enterprise's
/// certification was valid that day; the rest is shown apart so the totals can be reconciled.</summary>
public static class PurchaseResults
{
    /// <param name="Year">The Korean year; null for this one.</param>
    public sealed record Query(int InstitutionId, int? Year = null) : IRequest<Report>;

    /// <summary>The operator's view: what each institution bought in a year, by the same rules.</summary>
    public sealed record ByInstitutionQuery(int Year) : IRequest<IReadOnlyList<InstitutionRow>>;

    public sealed record InstitutionRow(int InstitutionId, string Name, int Orders, long AcceptedWon, long CountedWon);

    public sealed record SetTotal(int InstitutionId, int Year, long TotalPurchasesWon) : IRequest<Unit>, ITransactional;

    public sealed record ByType(EnterpriseType Type, long GoodsWon, long ServicesWon)
    {
        public long TotalWon => GoodsWon + ServicesWon;
    }

    public sealed record Report(int InstitutionId, string InstitutionName, string InstitutionCode, int Year,
        IReadOnlyList<ByType> Types, IReadOnlyList<long> Months, long NotCountedWon, int CountedOrders, long? TotalPurchasesWon)
    {
        public long GoodsWon => Types.Sum(t => t.GoodsWon);
        public long ServicesWon => Types.Sum(t => t.ServicesWon);
        public long CountedWon => GoodsWon + ServicesWon;
        /// <summary>Share of the institution's total purchases in percent, to two decimals; null until the total is entered.</summary>
        public decimal? SharePercent => TotalPurchasesWon is > 0 and var total
            // Adding 0.00m keeps two decimals in the figure's scale, so files show 1.00, not 1.
            ? Math.Round(CountedWon * 100m / total, 2, MidpointRounding.AwayFromZero) + 0.00m : null;
    }

    public sealed class SetTotalValidator : AbstractValidator<SetTotal>
    {
        public SetTotalValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.TotalPurchasesWon).InclusiveBetween(0, 1_000_000_000_000_000).WithMessage(_ => texts["Error.InvalidAmount"]);
            RuleFor(c => c.Year).InclusiveBetween(2012, 2100).WithMessage(_ => texts["Procurement.YearOutOfRange"]);
        }
    }

    public sealed class QueryValidator : AbstractValidator<Query>
    {
        public QueryValidator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Year).InclusiveBetween(2012, 2100).WithMessage(_ => texts["Procurement.YearOutOfRange"]);
    }

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock)
        : IRequestHandler<Query, Report>, IRequestHandler<SetTotal, Unit>, IRequestHandler<ByInstitutionQuery, IReadOnlyList<InstitutionRow>>
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

        public async Task<Report> Handle(Query query, CancellationToken ct)
        {
            var year = query.Year ?? KoreaTime.Today(clock).Year;
            var (from, to) = YearBounds(year);
            var lines = await db.PurchaseOrders.AsNoTracking()
                .Where(o => o.InstitutionId == query.InstitutionId && o.Status == PurchaseOrderStatus.Inspected
                    && o.InspectedAtUtc >= from && o.InspectedAtUtc < to)
                .SelectMany(o => o.Lines.Where(l => l.AcceptedQuantity > 0), (o, l) => new
                {
                    o.EnterpriseType, o.CountsTowardResults, InspectedAtUtc = o.InspectedAtUtc!.Value, l.Kind,
                    Amount = l.AcceptedQuantity * (l.UnitSupplyWon + l.UnitVatWon), o.Id,
                })
                .ToListAsync(ct);
            var counted = lines.Where(l => l.CountsTowardResults).ToList();
            var types = Enum.GetValues<EnterpriseType>().Select(type => new ByType(type,
                counted.Where(l => l.EnterpriseType == type && l.Kind == ProductKind.Goods).Sum(l => l.Amount),
                counted.Where(l => l.EnterpriseType == type && l.Kind == ProductKind.Service).Sum(l => l.Amount))).ToList();
            var months = Enumerable.Range(1, 12)
                .Select(m => counted.Where(l => KoreaTime.ToKorea(l.InspectedAtUtc).Month == m).Sum(l => l.Amount)).ToList();
            var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == query.InstitutionId)
                .Select(i => new { i.Name, i.InstitutionCode }).FirstAsync(ct);
            var total = await db.InstitutionYearTotals.AsNoTracking()
                .Where(t => t.InstitutionId == query.InstitutionId && t.Year == year).Select(t => (long?)t.TotalPurchasesWon).FirstOrDefaultAsync(ct);
            return new Report(query.InstitutionId, institution.Name, institution.InstitutionCode, year, types, months,
                lines.Where(l => !l.CountsTowardResults).Sum(l => l.Amount), counted.Select(l => l.Id).Distinct().Count(), total);
        }

        /// <summary>The Korean year, in UTC instants.</summary>
        private static (DateTime From, DateTime To) YearBounds(int year)
        {
            var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - KoreaTime.Offset;
            return (from, from.AddYears(1));
        }

        public async Task<Unit> Handle(SetTotal command, CancellationToken ct)
        {
            var existing = await db.InstitutionYearTotals.FirstOrDefaultAsync(t => t.InstitutionId == command.InstitutionId && t.Year == command.Year, ct);
            if (existing is null) db.InstitutionYearTotals.Add(new InstitutionYearTotal(command.InstitutionId, command.Year, command.TotalPurchasesWon));
            else existing.Set(command.TotalPurchasesWon);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
