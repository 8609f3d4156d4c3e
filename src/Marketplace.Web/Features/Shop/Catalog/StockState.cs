using Marketplace.Domain.Catalog;

namespace Marketplace.Web.Features.Shop.Catalog;

/// <summary>How a listing's stock reads to a shopper: a CSS class and a text key (with the count
/// when few are left). Services are booked, not counted, so they never run "low".</summary>
public readonly record struct StockState(string CssClass, string TextKey, int Count)
{
    public const int LowBelow = 10;

    public static StockState Of(ProductKind kind, int stock) => stock switch
    {
        0 => new("sold-out", "Stock.SoldOut", 0),
        < LowBelow when kind == ProductKind.Goods => new("low", "Stock.Low", stock),
        _ => new("ok", kind == ProductKind.Service ? "Stock.Bookable" : "Stock.InStock", stock),
    };
}
