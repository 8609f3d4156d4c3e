using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Reports;

public static partial class PurchaseResults
{
    /// <param name="Year">The Korean year; null for this one.</param>
    public sealed record Query(int InstitutionId, int? Year = null) : IRequest<Report>;

    public sealed class QueryValidator : AbstractValidator<Query>
    {
        public QueryValidator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Year).InclusiveBetween(2012, 2100).WithMessage(_ => texts["Procurement.YearOutOfRange"]);
    }

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

    public sealed class ReportHandler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Query, Report>
    {
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
    }
}
