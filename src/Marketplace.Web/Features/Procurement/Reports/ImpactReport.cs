using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Institutions;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Reporting;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Reports;

/// <summary><c>/procurement/impact</c>: the social value of a buyer's inspected purchases in a year, by
/// enterprise type, region (its own 시/도 apart), goods or services and month, with the GRI 204-style
/// lines a company's ESG report cites: spending on social-economy suppliers, its share of all purchases
/// (the total the buyer enters on the results page), and the local share.</summary>
public static class ImpactReport
{
    public sealed record Query(int InstitutionId, int? Year = null) : IRequest<Report>;

    public sealed class QueryValidator : AbstractValidator<Query>
    {
        public QueryValidator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Year).InclusiveBetween(2012, 2100).WithMessage(_ => texts["Procurement.YearOutOfRange"]);
    }

    /// <summary>One group of purchases: what was bought and the social value it carries.</summary>
    public sealed record Group(string Key, long BoughtWon, int Enterprises, ImpactSum Impact);

    public sealed record Report(int InstitutionId, string Name, string Code, string RegistrationNumber, BuyerKind Kind, Region Region, int Year,
        long BoughtWon, int Enterprises, ImpactSum Total, long BoughtWithoutFiguresWon,
        IReadOnlyList<Group> ByType, IReadOnlyList<Group> ByRegion, IReadOnlyList<Group> ByKind, IReadOnlyList<Group> ByMonth,
        long LocalWon, long? TotalPurchasesWon)
    {
        /// <summary>Spending on social-economy suppliers as a share of all purchases, in percent to two decimals.</summary>
        public decimal? SharePercent => TotalPurchasesWon is > 0 and var total ? Percent(BoughtWon, total) : null;

        /// <summary>Of that spending, the share bought from enterprises in the buyer's own 시/도.</summary>
        public decimal? LocalPercent => BoughtWon > 0 ? Percent(LocalWon, BoughtWon) : null;

        private static decimal Percent(long part, long whole) => Math.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero) + 0.00m;
    }

    public sealed record Line(int EnterpriseId, EnterpriseType EnterpriseType, Region Region, ProductKind Kind, DateTime InspectedAtUtc,
        long Amount, SocialValueShare? SocialValue);

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Query, Report>
    {
        public async Task<Report> Handle(Query query, CancellationToken ct)
        {
            var year = query.Year ?? KoreaTime.Today(clock).Year;
            var (from, to) = PurchaseResults.YearBounds(year);
            var buyer = await db.Institutions.AsNoTracking().Where(i => i.Id == query.InstitutionId)
                .Select(i => new { i.Name, i.InstitutionCode, i.RegistrationNumber, i.Kind, i.Region }).FirstAsync(ct);
            var lines = await db.PurchaseOrders.AsNoTracking()
                .Where(o => o.InstitutionId == query.InstitutionId && o.Status == PurchaseOrderStatus.Inspected && o.InspectedAtUtc >= from && o.InspectedAtUtc < to)
                .SelectMany(o => o.Lines.Where(l => l.AcceptedQuantity > 0), (o, l) => new
                {
                    o.EnterpriseId, o.EnterpriseType, InspectedAtUtc = o.InspectedAtUtc!.Value, l.Kind,
                    Amount = l.AcceptedQuantity * (l.UnitSupplyWon + l.UnitVatWon), l.SocialValue,
                })
                .Join(db.Enterprises, l => l.EnterpriseId, e => e.Id, (l, e) => new Line(l.EnterpriseId, l.EnterpriseType, e.Region,
                    l.Kind, l.InspectedAtUtc, l.Amount, l.SocialValue))
                .ToListAsync(ct);
            List<Group> By<TKey>(Func<TKey, string> name, IEnumerable<TKey> keys, Func<Line, TKey> keyOf) where TKey : notnull
            {
                var groups = lines.GroupBy(l => keyOf(l)).ToDictionary(g => g.Key, g => g.ToList());
                return keys.Select(k => groups.TryGetValue(k, out var g)
                    ? new Group(name(k), g.Sum(l => l.Amount), g.Select(l => l.EnterpriseId).Distinct().Count(), ImpactSum.Of(g.Select(l => l.SocialValue)))
                    : new Group(name(k), 0, 0, ImpactSum.Zero)).ToList();
            }
            // The buyer's own region first, then the others that were bought from.
            var regions = new[] { buyer.Region }.Concat(lines.Select(l => l.Region).Where(r => r != buyer.Region).Distinct().Order());
            var total = await db.InstitutionYearTotals.AsNoTracking().Where(t => t.InstitutionId == query.InstitutionId && t.Year == year)
                .Select(t => (long?)t.TotalPurchasesWon).FirstOrDefaultAsync(ct);
            return new Report(query.InstitutionId, buyer.Name, buyer.InstitutionCode, buyer.RegistrationNumber, buyer.Kind, buyer.Region, year,
                lines.Sum(l => l.Amount), lines.Select(l => l.EnterpriseId).Distinct().Count(), ImpactSum.Of(lines.Select(l => l.SocialValue)),
                lines.Where(l => l.SocialValue is null).Sum(l => l.Amount),
                By(t => $"EnterpriseType.{t}", Enum.GetValues<EnterpriseType>(), l => l.EnterpriseType),
                By(r => $"Region.{r}", regions, l => l.Region),
                By(k => $"ProductKind.{k}", Enum.GetValues<ProductKind>(), l => l.Kind),
                By(m => $"{m}", Enumerable.Range(1, 12), l => KoreaTime.ToKorea(l.InspectedAtUtc).Month),
                lines.Where(l => l.Region == buyer.Region).Sum(l => l.Amount), total is > 0 ? total : null);
        }
    }
}
