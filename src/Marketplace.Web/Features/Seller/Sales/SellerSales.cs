using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Domain.Settlement;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Sales;

/// <summary><c>/seller/sales</c>: an enterprise's own sales by month of a year, or by day of a month
/// (Korean dates), refunds netted, top products, and the month's settlement statement.
/// A sale counts in the period it was paid; a refund in the period it was made.</summary>
public static class SellerSales
{
    /// <summary>Consumer card sales, and procurement: accepted amounts of inspected purchase orders,
    /// counted on the day of inspection.</summary>
    public enum Channel { Consumer, Procurement }

    /// <param name="Year">The Korean year; null for this one.</param>
    public sealed record Query(int EnterpriseId, int? Year, int? Month) : IRequest<Report>;

    /// <param name="Gross">Goods sold; <paramref name="Shipping"/> the shipping charged with them, apart.</param>
    /// <param name="Refunds">Goods refunded, by cancellation or return.</param>
    public sealed record Row(string Period, Channel Channel, int Orders, long Gross, long Refunds, long Shipping = 0)
    {
        public long Net => Gross - Refunds;
    }

    public sealed record TopProduct(int ProductId, string Name, int Units, long Net);

    public sealed record Report(int Year, int? Month, IReadOnlyList<Row> Rows, IReadOnlyList<TopProduct> TopProducts, Statement? Statement)
    {
        public long Gross => Rows.Sum(r => r.Gross);
        public long Refunds => Rows.Sum(r => r.Refunds);
        public long Shipping => Rows.Sum(r => r.Shipping);
        public long Net => Gross - Refunds;
    }

    /// <summary>A month's statement: issued (kept, with its rate) once the month is over, provisional before.</summary>
    public sealed record Statement(int Year, int Month, long Gross, long Refunds, decimal CommissionRate, long Commission, bool Issued)
    {
        public long NetSales => Gross - Refunds;
        public long Payable => NetSales - Commission;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage(_ => texts["Sales.PeriodInvalid"]);
            RuleFor(q => q.Month).InclusiveBetween(1, 12).When(q => q.Month is not null).WithMessage(_ => texts["Sales.PeriodInvalid"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock, Admin.Settings.PlatformSettings settings) : IRequestHandler<Query, Report>
    {
        public async Task<Report> Handle(Query query, CancellationToken ct)
        {
            var year = query.Year ?? KoreaTime.Today(clock).Year;
            var (from, to) = Bounds(year, query.Month);
            var paid = await db.Orders.AsNoTracking()
                .Where(o => o.EnterpriseId == query.EnterpriseId && o.PaidAtUtc >= from && o.PaidAtUtc < to)
                .Select(o => new { At = o.PaidAtUtc!.Value, o.TotalWon, Shipping = o.ShippingWon + o.RemoteShippingWon }).ToListAsync(ct);
            var returned = await db.ReturnRequests.AsNoTracking()
                .Where(r => r.EnterpriseId == query.EnterpriseId && r.Kind == ReturnKind.Return && r.CompletedAtUtc >= from && r.CompletedAtUtc < to)
                .Select(r => new { At = r.CompletedAtUtc!.Value, r.GoodsWon }).ToListAsync(ct);
            var refunded = await db.Orders.AsNoTracking()
                .Where(o => o.EnterpriseId == query.EnterpriseId && o.Status == OrderStatus.Refunded && o.CancelledAtUtc >= from && o.CancelledAtUtc < to)
                .Select(o => new { At = o.CancelledAtUtc!.Value, o.TotalWon }).ToListAsync(ct);

            string PeriodOf(DateTime utc) => query.Month is null
                ? KoreaTime.ToKorea(utc).ToString("yyyy-MM")
                : KoreaTime.ToKorea(utc).ToString("yyyy-MM-dd");
            var inspected = await db.PurchaseOrders.AsNoTracking()
                .Where(o => o.EnterpriseId == query.EnterpriseId && o.Status == Domain.Procurement.PurchaseOrderStatus.Inspected
                    && o.InspectedAtUtc >= from && o.InspectedAtUtc < to)
                .Select(o => new { At = o.InspectedAtUtc!.Value, Total = o.Lines.Sum(l => l.AcceptedQuantity * (l.UnitSupplyWon + l.UnitVatWon)) })
                .ToListAsync(ct);
            var rows = paid.Select(p => (Period: PeriodOf(p.At), Channel: Channel.Consumer, Gross: p.TotalWon, Refund: 0L, Order: 1, p.Shipping))
                .Concat(refunded.Select(r => (Period: PeriodOf(r.At), Channel: Channel.Consumer, Gross: 0L, Refund: r.TotalWon, Order: 0, Shipping: 0L)))
                .Concat(returned.Select(r => (Period: PeriodOf(r.At), Channel: Channel.Consumer, Gross: 0L, Refund: r.GoodsWon, Order: 0, Shipping: 0L)))
                .Concat(inspected.Select(o => (Period: PeriodOf(o.At), Channel: Channel.Procurement, Gross: o.Total, Refund: 0L, Order: 1, Shipping: 0L)))
                .GroupBy(x => (x.Period, x.Channel)).OrderBy(g => g.Key.Period, StringComparer.Ordinal).ThenBy(g => g.Key.Channel)
                .Select(g => new Row(g.Key.Period, g.Key.Channel, g.Sum(x => x.Order), g.Sum(x => x.Gross), g.Sum(x => x.Refund), g.Sum(x => x.Shipping)))
                .ToList();

            var lines = await (
                from l in db.Set<OrderLine>().AsNoTracking()
                join o in db.Orders on l.OrderId equals o.Id
                where o.EnterpriseId == query.EnterpriseId && o.PaidAtUtc >= @from && o.PaidAtUtc < to
                select new { l.ProductId, l.ProductName, l.OptionName, l.Quantity, l.UnitPriceWon, Refunded = o.Status == OrderStatus.Refunded })
                .ToListAsync(ct);
            // Each option apart: 1kg and 500g of one jam sell (and are restocked) separately.
            var top = lines.GroupBy(l => (l.ProductId, l.OptionName))
                .Select(g => new TopProduct(g.Key.ProductId, g.Key.OptionName is null ? g.First().ProductName : $"{g.First().ProductName} · {g.Key.OptionName}",
                    g.Where(l => !l.Refunded).Sum(l => l.Quantity), g.Where(l => !l.Refunded).Sum(l => l.UnitPriceWon * l.Quantity)))
                .Where(t => t.Units > 0).OrderByDescending(t => t.Net).ThenBy(t => t.ProductId).Take(10).ToList();

            // The platform settles the card payments it collected; institutions pay procurement invoices to the enterprise.
            var statement = query.Month is { } month ? await StatementAsync(query.EnterpriseId, year, month, ct) : null;
            return new Report(year, query.Month, rows, top, statement);
        }

        /// <summary>The statement of a month that is over is issued once and kept; later views read it back. It counts the
        /// purchases confirmed that month (구매확정, KST) with their shipping, less refunds of confirmed purchases: a refund made
        /// after confirmation counts in its own month, one made before (a return completed, then the purchase confirmed) in the
        /// month of confirmation. A purchase cancelled before confirmation was never the enterprise's to settle.</summary>
        private async Task<Statement> StatementAsync(int enterpriseId, int year, int month, CancellationToken ct)
        {
            var kept = await db.SettlementStatements.AsNoTracking()
                .FirstOrDefaultAsync(s => s.EnterpriseId == enterpriseId && s.Year == year && s.Month == month, ct);
            if (kept is not null) return From(kept, issued: true);

            var (from, to) = Bounds(year, month);
            var confirmed = await db.Orders.AsNoTracking()
                .Where(o => o.EnterpriseId == enterpriseId && o.ConfirmedAtUtc >= from && o.ConfirmedAtUtc < to)
                .SumAsync(o => o.TotalWon + o.ShippingWon + o.RemoteShippingWon, ct);
            var refunded = await db.Orders.AsNoTracking()
                .Where(o => o.EnterpriseId == enterpriseId && o.Status == OrderStatus.Refunded && o.ConfirmedAtUtc != null
                    && o.CancelledAtUtc >= from && o.CancelledAtUtc < to).SumAsync(o => o.TotalWon + o.ShippingWon + o.RemoteShippingWon, ct);
            refunded += await (
                from r in db.ReturnRequests.AsNoTracking()
                join o in db.Orders on r.OrderId equals o.Id
                where r.EnterpriseId == enterpriseId && r.Status == ReturnStatus.Completed && o.ConfirmedAtUtc != null
                    && ((r.CompletedAtUtc >= o.ConfirmedAtUtc && r.CompletedAtUtc >= @from && r.CompletedAtUtc < to)
                        || (r.CompletedAtUtc < o.ConfirmedAtUtc && o.ConfirmedAtUtc >= @from && o.ConfirmedAtUtc < to))
                select r.RefundWon).SumAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var rate = await settings.GetAsync(Admin.Settings.PlatformSettings.CommissionRate, ct);
            var draft = new SettlementStatement(enterpriseId, year, month, new Won(confirmed), new Won(refunded), rate, now);
            if (Bounds(year, month).To > now) return From(draft, issued: false);

            db.SettlementStatements.Add(draft);
            try
            {
                await db.SaveChangesAsync(ct);
                return From(draft, issued: true);
            }
            catch (DbUpdateException)
            {
                // Issued at the same moment by another request: that one stands.
                db.ChangeTracker.Clear();
                return From(await db.SettlementStatements.AsNoTracking().FirstAsync(s => s.EnterpriseId == enterpriseId && s.Year == year && s.Month == month, ct), issued: true);
            }
        }

        private static Statement From(SettlementStatement s, bool issued) =>
            new(s.Year, s.Month, s.GrossWon, s.RefundsWon, s.CommissionRate, s.CommissionWon, issued);
    }

    /// <summary>A year or a month in Korea time, as UTC instants [From, To).</summary>
    public static (DateTime From, DateTime To) Bounds(int year, int? month)
    {
        var start = new DateTime(year, month ?? 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = month is null ? start.AddYears(1) : start.AddMonths(1);
        return (start - KoreaTime.Offset, end - KoreaTime.Offset);
    }
}
