using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Payments;

/// <summary>The shopper's return and Stripe's events (each delivered more than once) confirm the same
/// payment at the same moment: every caller gets an answer, and the payment counts once.</summary>
public class ConcurrentOutcomesTests
{
    [Fact]
    public Task Sqlite_confirms_a_payment_once_when_every_path_races() => RaceAsync(new AppFactory());

    [Fact]
    public async Task Postgres_confirms_a_payment_once_when_every_path_races()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await RaceAsync(new PostgresAppFactory(database));
    }

    private static async Task RaceAsync(AppFactory app)
    {
        using var _ = app;
        var product = await app.ProductWithStockAsync(10);
        var member = await app.NewMemberAsync();
        await app.AddToCartAsync(member, product, 3);
        var payment = (await app.CheckoutAsync(member)).PaymentId;
        var salesBefore = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.Where(p => p.Id == product).Select(p => p.SalesCount).SingleAsync());

        // The return page and seven events saying "paid", each sent three times, all at once.
        var confirmations = new[] { new ApplyPaymentOutcome.Command($"simulated-{payment}", "simulated.approved", payment, ApplyPaymentOutcome.Outcome.Paid) }
            .Concat(Enumerable.Range(0, 7).Select(i => new ApplyPaymentOutcome.Command($"evt_{i}", "checkout.session.completed", payment, ApplyPaymentOutcome.Outcome.Paid, "pi_1")));
        using var start = new ManualResetEventSlim();
        var sends = Enumerable.Range(0, 3).SelectMany(_ => confirmations)
            .Select(command => Task.Run(() => { start.Wait(); return app.SendAsync(command); })).ToList();
        start.Set();
        var answers = await Task.WhenAll(sends);

        Assert.Equal(1, answers.Count(a => a == ApplyPaymentOutcome.Applied.Applied));
        var (status, orders, sales, rollup) = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            return (await db.Payments.Where(p => p.Id == payment).Select(p => p.Status).SingleAsync(),
                await db.Orders.Where(o => o.PaymentId == payment).Select(o => o.Status).ToListAsync(),
                await db.Products.Where(p => p.Id == product).Select(p => p.SalesCount).SingleAsync(),
                await db.SalesRollups.Where(r => r.Channel == "consumer").SumAsync(r => r.Orders));
        });
        Assert.Equal(PaymentStatus.Paid, status);
        Assert.All(orders, o => Assert.Equal(OrderStatus.Paid, o));
        Assert.Equal(salesBefore + 3, sales);
        Assert.Equal(orders.Count, rollup - await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders
            .CountAsync(o => o.PaidAtUtc != null && o.PaymentId != payment)));
    }
}
