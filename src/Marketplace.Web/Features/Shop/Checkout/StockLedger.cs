using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Checkout;

/// <summary>Stock moves as single conditional UPDATE statements, so concurrent checkouts can never
/// take more than there is: the database decides, row by row, inside the caller's transaction.</summary>
public static class StockLedger
{
    /// <summary>Takes the quantities out of stock, or takes nothing and answers false if any
    /// product has too few left (the caller rolls back its transaction).</summary>
    public static Task<bool> TryReserveAsync(MarketplaceDbContext db, IEnumerable<(int ProductId, int Quantity)> lines, CancellationToken ct) =>
        TryReserveAsync(db, lines.Select(l => (l.ProductId, (int?)null, l.Quantity)), ct);

    /// <summary>As above, for lines that may name an option: the option's stock first, then its product's (their sum).</summary>
    public static async Task<bool> TryReserveAsync(MarketplaceDbContext db, IEnumerable<(int ProductId, int? OptionId, int Quantity)> lines, CancellationToken ct)
    {
        // A fixed order of rows keeps two checkouts of the same products from deadlocking.
        foreach (var (productId, optionId, quantity) in lines.OrderBy(l => l.ProductId).ThenBy(l => l.OptionId))
        {
            if (optionId is { } option && await db.ProductOptions
                    .Where(o => o.Id == option && o.ProductId == productId && o.Stock >= quantity)
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.Stock, o => o.Stock - quantity), ct) == 0)
                return false;
            var taken = await db.Products
                .Where(p => p.Id == productId && p.Status == ProductStatus.Published && p.Stock >= quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock - quantity), ct);
            if (taken == 0) return false;
        }
        return true;
    }

    /// <summary>Moves one product's stock by a seller's change (up or down), or answers false if it would go
    /// below zero: what was sold meanwhile stays sold.</summary>
    public static async Task<bool> TryMoveAsync(MarketplaceDbContext db, int productId, int change, CancellationToken ct) =>
        change == 0 || await db.Products.Where(p => p.Id == productId && p.Stock + change >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + change), ct) == 1;

    /// <summary>The same for one option; its product's stock (the options' sum) moves with it.</summary>
    public static async Task<bool> TryMoveOptionAsync(MarketplaceDbContext db, int productId, int optionId, int change, CancellationToken ct) =>
        change == 0 || (await db.ProductOptions.Where(o => o.Id == optionId && o.ProductId == productId && o.Stock + change >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Stock, o => o.Stock + change), ct) == 1
            && await TryMoveAsync(db, productId, change, ct));

    private static async Task ReturnOptionStockAsync(MarketplaceDbContext db, OrderLine line, CancellationToken ct)
    {
        if (line.OptionId is not { } option) return;
        var units = line.Quantity;
        await db.ProductOptions.Where(o => o.Id == option).ExecuteUpdateAsync(s => s.SetProperty(o => o.Stock, o => o.Stock + units), ct);
    }

    public static async Task ReleaseAsync(MarketplaceDbContext db, IEnumerable<OrderLine> lines, CancellationToken ct)
    {
        foreach (var line in lines.OrderBy(l => l.ProductId).ThenBy(l => l.OptionId))
        {
            var quantity = line.Quantity;
            await ReturnOptionStockAsync(db, line, ct);
            await db.Products.Where(p => p.Id == line.ProductId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + quantity), ct);
        }
    }

    /// <summary>Counts units sold for the catalog's popularity sort.</summary>
    public static async Task CountSalesAsync(MarketplaceDbContext db, IEnumerable<OrderLine> lines, CancellationToken ct)
    {
        foreach (var line in lines.OrderBy(l => l.ProductId))
        {
            var units = line.Quantity;
            await db.Products.Where(p => p.Id == line.ProductId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.SalesCount, p => p.SalesCount + units), ct);
        }
    }

    /// <summary>A paid order refunded before it shipped: its units go back to stock and out of the
    /// sales count, in one statement per line.</summary>
    public static async Task GiveBackAsync(MarketplaceDbContext db, IEnumerable<OrderLine> lines, CancellationToken ct)
    {
        foreach (var line in lines.OrderBy(l => l.ProductId).ThenBy(l => l.OptionId))
        {
            var units = line.Quantity;
            await ReturnOptionStockAsync(db, line, ct);
            await db.Products.Where(p => p.Id == line.ProductId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + units).SetProperty(p => p.SalesCount, p => p.SalesCount - units), ct);
        }
    }
}
