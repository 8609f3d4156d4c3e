using Marketplace.Domain.Common;

namespace Marketplace.Domain.Catalog;

/// <summary>One choice of a listing (500g or 1kg, a colour and size, a service's scale) with its own SKU, stock and
/// price difference. While a listing has options, its stock is theirs summed: the catalog reads the product's,
/// checkout reserves the option's and the product's in one transaction.</summary>
public class ProductOption
{
    public const int MaxNameLength = 100;

    private ProductOption() { }

    internal ProductOption(string name, long priceDifferenceWon, int stock, string? sku, int sortOrder)
    {
        Name = name;
        PriceDifferenceWon = priceDifferenceWon;
        Stock = stock;
        Sku = sku;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>Added to the listing's price (VAT included); may be negative, never below a price of zero.</summary>
    public long PriceDifferenceWon { get; internal set; }
    public int Stock { get; internal set; }
    public string? Sku { get; internal set; }
    public int SortOrder { get; internal set; }
}

/// <summary>An option as a form or a CSV row states it. <paramref name="Stock"/> null keeps the option's stock
/// (a published listing's stock moves by the seller's change, through the stock ledger).</summary>
public sealed record OptionSpec(string Name, long PriceDifferenceWon, int? Stock, string? Sku);
