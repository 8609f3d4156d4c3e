using Marketplace.Domain.Catalog;

namespace Marketplace.Web.Features.Seller.Listings;

/// <summary><c>/seller/products</c>: an enterprise's listings. Every query and command carries the
/// enterprise id of the signed-in staff member and finds only that enterprise's listings.
/// Each use case has its file beside this one: Index, Edit, Save, Act.</summary>
public static partial class Listings
{
    /// <summary>The listing form; also what a CSV row becomes.</summary>
    public sealed class Form
    {
        public string Name { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string Description { get; set; } = "";
        public string DescriptionEn { get; set; } = "";
        public ProductKind Kind { get; set; }
        public string Category { get; set; } = "";
        public long Price { get; set; }
        public int Stock { get; set; }
        /// <summary>The stock the edit page showed when it was opened. A save moves stock by the seller's
        /// change to it, so units sold meanwhile stay sold; null (a new listing, a CSV row) sets it.</summary>
        public int? StockShown { get; set; }
        public string? Sku { get; set; }
        public int MinOrderQuantity { get; set; } = 1;
        /// <summary>Quantity prices for public buyers, one per line: <c>quantity:unit price</c>, e.g. <c>50:9000</c>.</summary>
        public string? PriceTiers { get; set; }
        public List<string> Tags { get; set; } = [];
    }

    public static bool TryParseTiers(string? text, out List<PriceTier> tiers)
    {
        tiers = [];
        foreach (var line in (text ?? "").Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !int.TryParse(parts[0], out var quantity) || !long.TryParse(parts[1].Replace(",", ""), out var price)
                || quantity < 1 || price < 0 || price > 1_000_000_000) return false;
            tiers.Add(new PriceTier(quantity, price));
        }
        return tiers.Select(t => t.MinQuantity).Distinct().Count() == tiers.Count && tiers.Count <= 10;
    }

    public static string FormatTiers(IEnumerable<PriceTier> tiers) => string.Join("\n", tiers.Select(t => $"{t.MinQuantity}:{t.UnitPriceWon}"));
}
