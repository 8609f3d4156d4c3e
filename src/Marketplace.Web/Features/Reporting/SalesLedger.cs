using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Reporting;

/// <summary>Keeps <see cref="SalesRollup"/> in step with orders, inside the caller's transaction: a
/// sale on the Korean day it was paid, a refund on the Korean day it was made. One statement per
/// change (<see cref="ProviderSql.AddToSalesRollup"/>), so concurrent payments of the same enterprise
/// on the same day add up instead of overwriting each other.</summary>
public static class SalesLedger
{
    public static Task RecordSaleAsync(MarketplaceDbContext db, Order order, CancellationToken ct) =>
        AddToRollupAsync(db, order.EnterpriseId, KoreaTime.DayOf(order.PaidAtUtc!.Value), SalesRollup.ConsumerChannel, 1, order.TotalWon, 0, ct);

    /// <summary>A whole order refunded: its goods, less those a completed return took back already. Shipping is not a sale.</summary>
    public static Task RecordRefundAsync(MarketplaceDbContext db, Order order, CancellationToken ct) =>
        AddToRollupAsync(db, order.EnterpriseId, KoreaTime.DayOf(order.CancelledAtUtc!.Value), SalesRollup.ConsumerChannel, 0, 0, order.TotalWon - order.ReturnedGoodsWon, ct);

    /// <summary>Goods a completed return took back, on the day it completed.</summary>
    public static Task RecordReturnAsync(MarketplaceDbContext db, int enterpriseId, DateTime completedAtUtc, long goodsWon, CancellationToken ct) =>
        AddToRollupAsync(db, enterpriseId, KoreaTime.DayOf(completedAtUtc), SalesRollup.ConsumerChannel, 0, 0, goodsWon, ct);

    public static Task AddToRollupAsync(MarketplaceDbContext db, int enterpriseId, DateOnly day, string channel, int orders, long gross, long refunds, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync(ProviderSql.AddToSalesRollup(ProviderSql.DialectOf(db.Database), enterpriseId, day, channel, orders, gross, refunds), ct);
}
