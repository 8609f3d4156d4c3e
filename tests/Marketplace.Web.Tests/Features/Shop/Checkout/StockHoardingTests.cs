using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop.Checkout;

/// <summary>One account cannot keep a product's stock from everyone else by starting checkouts it never pays.</summary>
public class StockHoardingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<List<Payment>> PaymentsOfAsync(string member) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<MarketplaceDbContext>().Payments.AsNoTracking().Where(p => p.MemberId == member).OrderBy(p => p.CreatedAtUtc).ToListAsync());

    [Fact]
    public async Task A_new_checkout_releases_the_members_earlier_unpaid_ones()
    {
        var product = await app.ProductWithStockAsync(40);
        var member = await app.NewMemberAsync();
        await app.AddToCartAsync(member, product, 20);

        var first = await app.CheckoutAsync(member);
        var second = await app.CheckoutAsync(member);
        var third = await app.CheckoutAsync(member);

        // Only the last attempt holds stock: 40 − 20, not 40 − 20 − 20 and a refused third.
        Assert.Equal(20, await app.StockOfAsync(product));
        var payments = (await PaymentsOfAsync(member)).ToDictionary(p => p.Id);
        Assert.Equal(PaymentStatus.Cancelled, payments[first.PaymentId].Status);
        Assert.Equal(PaymentStatus.Cancelled, payments[second.PaymentId].Status);
        Assert.Equal(PaymentStatus.Pending, payments[third.PaymentId].Status);

        // Another shopper can buy the other 20 at once.
        var other = await app.NewMemberAsync();
        await app.AddToCartAsync(other, product, 20);
        await app.CheckoutAsync(other);
        Assert.Equal(0, await app.StockOfAsync(product));
    }

    [Fact]
    public async Task The_same_attempt_submitted_again_still_pays_once_and_releases_nothing()
    {
        var product = await app.ProductWithStockAsync(10);
        var member = await app.NewMemberAsync();
        await app.AddToCartAsync(member, product, 4);
        var attempt = Guid.NewGuid();

        var once = await app.CheckoutAsync(member, attempt);
        var again = await app.CheckoutAsync(member, attempt);

        Assert.Equal(once, again);
        Assert.Equal(6, await app.StockOfAsync(product));
        Assert.Equal(PaymentStatus.Pending, Assert.Single(await PaymentsOfAsync(member)).Status);
    }

    [Fact]
    public async Task More_units_of_one_product_than_the_limit_are_refused_before_anything_is_reserved()
    {
        var product = await app.ProductWithStockAsync(99);
        var member = await app.NewMemberAsync();
        await app.AddToCartAsync(member, product, 31);

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => app.CheckoutAsync(member));

        Assert.Contains("한 번에 30개까지 결제할 수 있습니다", Assert.Single(refused.Errors).Message);
        Assert.Equal(99, await app.StockOfAsync(product));
        Assert.Empty(await PaymentsOfAsync(member));
    }

    [Fact]
    public async Task A_simulated_session_holds_the_stock_for_ten_minutes_not_thirty()
    {
        var product = await app.ProductWithStockAsync(5);
        var member = await app.NewMemberAsync();
        await app.AddToCartAsync(member, product, 1);

        var started = await app.CheckoutAsync(member);

        var payment = Assert.Single(await PaymentsOfAsync(member));
        Assert.Equal(started.PaymentId, payment.Id);
        Assert.Equal(TimeSpan.FromMinutes(10), payment.ExpiresAtUtc - payment.CreatedAtUtc);
    }
}

/// <summary>Many checkouts of one member at the same moment (tabs, a script) still hold one checkout's stock.</summary>
public class ConcurrentCheckoutsOfOneMemberTests
{
    [Fact]
    public Task Sqlite_six_checkouts_at_once_leave_one_pending_payment_holding_stock() => RaceAsync(new AppFactory());

    [Fact]
    public async Task Postgres_six_checkouts_at_once_leave_one_pending_payment_holding_stock()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await RaceAsync(new PostgresAppFactory(database));
    }

    private static async Task RaceAsync(AppFactory app)
    {
        using var _ = app;
        var product = await app.ProductWithStockAsync(100);
        var member = await app.NewMemberAsync();
        await app.AddToCartAsync(member, product, 10);

        using var start = new ManualResetEventSlim();
        var attempts = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            try { await app.CheckoutAsync(member); return "started"; }
            catch (Marketplace.Domain.Common.DomainException e) { return e.Code; }
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Contains("started", outcomes);
        Assert.All(outcomes, o => Assert.Contains(o, new[] { "started", Marketplace.Domain.Common.ErrorCodes.CheckoutInProgress, Marketplace.Domain.Common.ErrorCodes.ChangedMeanwhile }));
        var pending = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Payments
            .CountAsync(p => p.MemberId == member && p.Status == PaymentStatus.Pending));
        Assert.Equal(1, pending);
        Assert.Equal(90, await app.StockOfAsync(product));
    }
}
