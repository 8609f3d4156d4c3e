using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop.Checkout;

/// <summary>Twenty shoppers check out the last five units at the same moment: exactly five win,
/// on SQLite and on a real PostgreSQL server.</summary>
public class OversellTests
{
    [Fact]
    public Task Sqlite_sells_exactly_the_stock_to_twenty_concurrent_checkouts() => RaceAsync(new AppFactory());

    [Fact]
    public async Task Postgres_sells_exactly_the_stock_to_twenty_concurrent_checkouts()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await RaceAsync(new PostgresAppFactory(database));
    }

    private static async Task RaceAsync(AppFactory app)
    {
        using var _ = app;
        var product = await app.ProductWithStockAsync(5);
        var members = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var member = await app.NewMemberAsync();
            await app.AddToCartAsync(member, product, 1);
            members.Add(member);
        }

        using var start = new ManualResetEventSlim();
        var attempts = members.Select(member => Task.Run(async () =>
        {
            start.Wait();
            try { await app.CheckoutAsync(member); return true; }
            catch (DomainException e) when (e.Code == ErrorCodes.NotEnoughStock) { return false; }
        })).ToList();
        start.Set();
        var won = await Task.WhenAll(attempts);

        Assert.Equal(5, won.Count(w => w));
        Assert.Equal(0, await app.StockOfAsync(product));
        var sold = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders
            .Where(o => o.Lines.Any(l => l.ProductId == product)).SumAsync(o => o.Lines.Sum(l => l.Quantity)));
        Assert.Equal(5, sold);
    }
}
