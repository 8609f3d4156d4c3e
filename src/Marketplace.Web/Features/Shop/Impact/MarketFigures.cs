using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Ordering;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Infrastructure.Caching;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Impact;

/// <summary><c>/impact</c> and its open data: the marketplace's figures for a year by month, region and
/// enterprise type, as a shared measurement of the social economy's market. Sales by channel (paid
/// consumer orders, inspected procurement), selling enterprises, attributed social value, jobs for
/// vulnerable groups supported and carbon. A cell with fewer than <see cref="MinimumBuyers"/> buyers
/// is suppressed, so no single buyer's purchases can be read from it.</summary>
public static class MarketFigures
{
    public const int MinimumBuyers = 3;

    public sealed record Query(int Year) : IRequest<Model>, ISharedQuery
    {
        public TimeSpan CacheFor => TimeSpan.FromMinutes(10);
    }

    /// <summary>One cell of the tables; every figure is null when the cell is suppressed.</summary>
    public sealed record Cell(string Key, long? ConsumerWon, long? ProcurementWon, int? Enterprises, long? SocialValueWon, decimal? VulnerableJobs, decimal? CarbonKg)
    {
        public bool Suppressed => ConsumerWon is null;
        public long? SalesWon => ConsumerWon + ProcurementWon;
    }

    public sealed record Story(int Id, int EnterpriseId, string EnterpriseName, string EnterpriseNameEn, string Title, string Body, string? PhotoUrl, DateTime PublishedAtUtc);

    public sealed record Model(int Year, Cell Total, IReadOnlyList<Cell> Months, IReadOnlyList<Cell> Regions, IReadOnlyList<Cell> Types,
        IReadOnlyList<Story> Stories, DateTime ComputedAtUtc);

    /// <summary>A purchase line as the figures count it: which channel, whose, from which enterprise, and its share.</summary>
    private sealed record Line(bool Procurement, string Buyer, int EnterpriseId, DateTime AtUtc, long Amount, long? ValueWon, decimal? Jobs, decimal? CarbonKg);

    private static readonly OrderStatus[] Standing = [OrderStatus.Paid, OrderStatus.Preparing, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Confirmed];

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var from = new DateTime(query.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - KoreaTime.Offset;
            var to = from.AddYears(1);
            var consumer = await db.Orders.AsNoTracking()
                .Where(o => Standing.Contains(o.Status) && o.PaidAtUtc >= from && o.PaidAtUtc < to)
                .SelectMany(o => o.Lines, (o, l) => new
                {
                    o.MemberId, o.EnterpriseId, At = o.PaidAtUtc!.Value, Amount = l.UnitPriceWon * l.Quantity,
                    Value = (long?)(l.SocialValue!.ProductsWon + l.SocialValue.EmploymentWon + l.SocialValue.FairTradeWon + l.SocialValue.EnvironmentWon),
                    Jobs = (decimal?)l.SocialValue.VulnerableJobs, Carbon = (decimal?)l.SocialValue.CarbonKg,
                })
                .ToListAsync(ct);
            var procurement = await db.PurchaseOrders.AsNoTracking()
                .Where(o => o.Status == PurchaseOrderStatus.Inspected && o.InspectedAtUtc >= from && o.InspectedAtUtc < to)
                .SelectMany(o => o.Lines.Where(l => l.AcceptedQuantity > 0), (o, l) => new
                {
                    o.InstitutionId, o.EnterpriseId, At = o.InspectedAtUtc!.Value, Amount = l.AcceptedQuantity * (l.UnitSupplyWon + l.UnitVatWon),
                    Value = (long?)(l.SocialValue!.ProductsWon + l.SocialValue.EmploymentWon + l.SocialValue.FairTradeWon + l.SocialValue.EnvironmentWon),
                    Jobs = (decimal?)l.SocialValue.VulnerableJobs, Carbon = (decimal?)l.SocialValue.CarbonKg,
                })
                .ToListAsync(ct);
            var lines = consumer.Select(l => new Line(false, "m" + l.MemberId, l.EnterpriseId, l.At, l.Amount, l.Value, l.Jobs, l.Carbon))
                .Concat(procurement.Select(l => new Line(true, "i" + l.InstitutionId, l.EnterpriseId, l.At, l.Amount, l.Value, l.Jobs, l.Carbon)))
                .ToList();
            var enterprises = await db.Enterprises.AsNoTracking().Select(e => new { e.Id, e.Region, e.Type }).ToDictionaryAsync(e => e.Id, ct);

            List<Cell> By<TKey>(IEnumerable<TKey> keys, Func<Line, TKey> keyOf, Func<TKey, string> name) where TKey : notnull
            {
                var groups = lines.GroupBy(keyOf).ToDictionary(g => g.Key, g => (IReadOnlyCollection<Line>)g.ToList());
                return keys.Select(k => CellOf(name(k), groups.GetValueOrDefault(k) ?? [])).ToList();
            }
            var stories = await db.ImpactStories.AsNoTracking().Where(s => s.Status == ApprovalStatus.Approved)
                .OrderByDescending(s => s.PublishedAtUtc).Take(6)
                .Join(db.Enterprises, s => s.EnterpriseId, e => e.Id, (s, e) => new Story(s.Id, e.Id, e.Name, e.NameEn, s.Title, s.Body, s.PhotoUrl, s.PublishedAtUtc!.Value))
                .ToListAsync(ct);
            return new Model(query.Year, CellOf("Total", lines),
                By(Enumerable.Range(1, 12), l => KoreaTime.ToKorea(l.AtUtc).Month, m => $"{m}"),
                By(Enum.GetValues<Region>(), l => enterprises[l.EnterpriseId].Region, r => $"{r}"),
                By(Enum.GetValues<EnterpriseType>(), l => enterprises[l.EnterpriseId].Type, t => $"{t}"),
                stories, clock.GetUtcNow().UtcDateTime);
        }

        private static Cell CellOf(string key, IReadOnlyCollection<Line> lines)
        {
            if (lines.Select(l => l.Buyer).Distinct().Count() < MinimumBuyers) return new Cell(key, null, null, null, null, null, null);
            return new Cell(key, lines.Where(l => !l.Procurement).Sum(l => l.Amount), lines.Where(l => l.Procurement).Sum(l => l.Amount),
                lines.Select(l => l.EnterpriseId).Distinct().Count(), lines.Sum(l => l.ValueWon ?? 0), lines.Sum(l => l.Jobs ?? 0), lines.Sum(l => l.CarbonKg ?? 0));
        }
    }
}
