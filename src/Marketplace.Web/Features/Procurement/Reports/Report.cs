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

    /// <summary>One inspected purchase (one order's goods or its services) behind the totals: what an
    /// auditor checks of it. <paramref name="Counts"/> says whether the enterprise was certified on the
    /// day of inspection; when it was not, <paramref name="NotCountedReason"/> says so.</summary>
    public sealed record Evidence(int OrderId, string OrderNumber, string EnterpriseName, string RegistrationNumber, EnterpriseType EnterpriseType,
        ProductKind Kind, DateOnly OrderedOn, DateOnly InspectedOn, long AcceptedWon, string? CertificationNumber, DateOnly? CertificationExpiresOn,
        bool Counts, string? NotCountedReason);

    /// <summary>A month's counted purchases, the year's so far, and their share of the year's total purchases.</summary>
    public sealed record MonthProgress(int Month, long CountedWon, long CumulativeWon, decimal? CumulativePercent);

    public sealed record Report(int InstitutionId, string InstitutionName, string InstitutionCode, int Year,
        IReadOnlyList<ByType> Types, IReadOnlyList<long> Months, long NotCountedWon, int CountedOrders, long? TotalPurchasesWon,
        IReadOnlyList<Evidence>? Rows = null, decimal? TargetPercent = null)
    {
        public IReadOnlyList<Evidence> EvidenceRows => Rows ?? [];

        /// <summary>The target as an amount, once both the total and the target are entered.</summary>
        public long? TargetWon => TotalPurchasesWon is { } total && TargetPercent is { } target ? (long)Math.Ceiling(total * target / 100m) : null;

        public IReadOnlyList<MonthProgress> Progress => Months.Select((won, i) =>
        {
            var cumulative = Months.Take(i + 1).Sum();
            return new MonthProgress(i + 1, won, cumulative,
                TotalPurchasesWon is > 0 and var total ? Math.Round(cumulative * 100m / total, 2, MidpointRounding.AwayFromZero) + 0.00m : null);
        }).ToList();

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
                    Amount = l.AcceptedQuantity * (l.UnitSupplyWon + l.UnitVatWon), o.Id, o.EnterpriseId, o.CreatedAtUtc, o.CertificationExpiresOn,
                })
                .ToListAsync(ct);
            var enterpriseIds = lines.Select(l => l.EnterpriseId).Distinct().ToList();
            var enterprises = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id))
                .Select(e => new { e.Id, e.Name, e.RegistrationNumber, e.CertificationNumber }).ToDictionaryAsync(e => e.Id, ct);
            var evidence = lines.GroupBy(l => (l.Id, l.Kind)).Select(g =>
            {
                var o = g.First();
                var e = enterprises[o.EnterpriseId];
                return new Evidence(o.Id, PurchaseOrder.NumberOf(o.Id, o.CreatedAtUtc), e.Name, e.RegistrationNumber, o.EnterpriseType, o.Kind,
                    KoreaTime.DayOf(o.CreatedAtUtc), KoreaTime.DayOf(o.InspectedAtUtc), g.Sum(l => l.Amount), e.CertificationNumber, o.CertificationExpiresOn,
                    o.CountsTowardResults, o.CountsTowardResults ? null : "CertificationInvalidOnInspection");
            }).OrderBy(r => r.InspectedOn).ThenBy(r => r.OrderId).ToList();
            var counted = lines.Where(l => l.CountsTowardResults).ToList();
            var types = Enum.GetValues<EnterpriseType>().Select(type => new ByType(type,
                counted.Where(l => l.EnterpriseType == type && l.Kind == ProductKind.Goods).Sum(l => l.Amount),
                counted.Where(l => l.EnterpriseType == type && l.Kind == ProductKind.Service).Sum(l => l.Amount))).ToList();
            var months = Enumerable.Range(1, 12)
                .Select(m => counted.Where(l => KoreaTime.ToKorea(l.InspectedAtUtc).Month == m).Sum(l => l.Amount)).ToList();
            var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == query.InstitutionId)
                .Select(i => new { i.Name, i.InstitutionCode }).FirstAsync(ct);
            var entered = await db.InstitutionYearTotals.AsNoTracking()
                .Where(t => t.InstitutionId == query.InstitutionId && t.Year == year).Select(t => new { t.TotalPurchasesWon, t.TargetPercent }).FirstOrDefaultAsync(ct);
            // A total of 0 is a row made for the target alone: no total entered yet.
            var total = entered?.TotalPurchasesWon is > 0 and var won ? won : (long?)null;
            return new Report(query.InstitutionId, institution.Name, institution.InstitutionCode, year, types, months,
                lines.Where(l => !l.CountsTowardResults).Sum(l => l.Amount), counted.Select(l => l.Id).Distinct().Count(), total,
                evidence, entered?.TargetPercent);
        }
    }
}
