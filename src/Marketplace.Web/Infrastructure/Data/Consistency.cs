using System.Text.Json;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Data;

/// <summary>What must hold however the shop was stopped (the crash-safety script checks it after
/// SIGKILLs under load): every paid payment has its orders, paid; stock and units sold move only
/// with orders; the sales rollup counts each paid order once. <c>-- consistency-snapshot FILE</c>
/// records the per-product baselines, <c>-- consistency-check FILE</c> compares and lists any breach.</summary>
public static class Consistency
{
    public sealed record ProductState(int Stock, int SalesCount, long Held, long Sold)
    {
        /// <summary>Stock plus what orders hold does not change; nor does the sales count less what orders sold.</summary>
        public (long OnHand, long Unsold) Invariants => (Stock + Held, SalesCount - Sold);
    }

    public static async Task<Dictionary<int, ProductState>> ProductsAsync(MarketplaceDbContext db)
    {
        // Shipped goods stay out of stock even when refunded later; anything else refunded or cancelled gave its units back.
        var lines = await db.Orders.AsNoTracking()
            .SelectMany(o => o.Lines, (o, l) => new { o.Status, Shipped = o.ShippedAtUtc != null, l.ProductId, l.Quantity })
            .ToListAsync();
        bool Holds(OrderStatus s, bool shipped) => s is OrderStatus.PendingPayment or OrderStatus.Paid or OrderStatus.Preparing
            or OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Confirmed || (s == OrderStatus.Refunded && shipped);
        var held = lines.Where(l => Holds(l.Status, l.Shipped)).GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => (long)l.Quantity));
        var sold = lines.Where(l => l.Status != OrderStatus.PendingPayment && Holds(l.Status, l.Shipped))
            .GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => (long)l.Quantity));
        return await db.Products.AsNoTracking().Select(p => new { p.Id, p.Stock, p.SalesCount }).ToDictionaryAsync(
            p => p.Id, p => new ProductState(p.Stock, p.SalesCount, held.GetValueOrDefault(p.Id), sold.GetValueOrDefault(p.Id)));
    }

    public static async Task SnapshotAsync(IServiceProvider services, string file)
    {
        await using var scope = services.CreateAsyncScope();
        var products = await ProductsAsync(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>());
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(products));
        Console.WriteLine($"snapshot of {products.Count} products: {file}");
    }

    /// <returns>The number of breaches found (0 when all holds).</returns>
    public static async Task<int> CheckAsync(IServiceProvider services, string file)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var breaches = new List<string>();

        var before = JsonSerializer.Deserialize<Dictionary<int, ProductState>>(await File.ReadAllTextAsync(file))!;
        var now = await ProductsAsync(db);
        foreach (var (id, then) in before)
            if (now.TryGetValue(id, out var current) && current.Invariants != then.Invariants)
                breaches.Add($"product {id}: stock+held {then.Invariants.OnHand} -> {current.Invariants.OnHand}, sales-sold {then.Invariants.Unsold} -> {current.Invariants.Unsold}");

        var payments = await db.Payments.AsNoTracking().Select(p => new
        {
            p.Id, p.Status,
            Orders = db.Orders.Where(o => o.PaymentId == p.Id).Select(o => new { o.Status, o.PaidAtUtc }).ToList(),
        }).ToListAsync();
        foreach (var p in payments)
        {
            if (p.Orders.Count == 0) breaches.Add($"payment {p.Id} ({p.Status}) has no orders");
            if (p.Status == PaymentStatus.Paid && p.Orders.Any(o => o.PaidAtUtc is null)) breaches.Add($"payment {p.Id} is paid but an order is not");
            if (p.Status == PaymentStatus.Pending && p.Orders.Any(o => o.Status != OrderStatus.PendingPayment)) breaches.Add($"payment {p.Id} is pending but an order moved on");
        }

        var paidOrders = await db.Orders.AsNoTracking().Where(o => o.PaidAtUtc != null).Select(o => new { o.TotalWon }).ToListAsync();
        var consumer = db.SalesRollups.AsNoTracking().Where(r => r.Channel == SalesRollup.ConsumerChannel);
        var (rolledOrders, rolledGross) = (await consumer.SumAsync(r => r.Orders), await consumer.SumAsync(r => r.GrossWon));
        if (rolledOrders != paidOrders.Count || rolledGross != paidOrders.Sum(o => o.TotalWon))
            breaches.Add($"sales rollup counts {rolledOrders} orders / {rolledGross} won; the orders say {paidOrders.Count} / {paidOrders.Sum(o => o.TotalWon)}");

        Console.WriteLine($"checked {before.Count} products, {payments.Count} payments ({payments.Count(p => p.Status == PaymentStatus.Paid)} paid, " +
            $"{payments.Count(p => p.Status == PaymentStatus.Pending)} pending), {paidOrders.Count} paid orders, " +
            $"{await db.ProcessedPaymentEvents.CountAsync()} processed events: {breaches.Count} breaches");
        foreach (var breach in breaches.Take(50)) Console.WriteLine("  " + breach);
        return breaches.Count;
    }
}
