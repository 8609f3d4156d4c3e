using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;

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
        /// <summary>The kind of product notice (<see cref="NoticeTemplate.Code"/>); empty: the category's own.</summary>
        public string? NoticeKind { get; set; }
        /// <summary>One value per item of the notice's kind, in its order.</summary>
        public List<string?> NoticeValues { get; set; } = [];
        /// <summary>원산지; null leaves it as it is (a CSV file without the column), empty clears it.</summary>
        public string? Origin { get; set; }
        /// <summary>What the options choose (용량, 색상/사이즈); empty rows of <see cref="Options"/> are left out.</summary>
        public string? OptionLabel { get; set; }
        public List<OptionRow> Options { get; set; } = [];
        /// <summary>How it ships; null leaves it as it is (a CSV file without the column).</summary>
        public Domain.Ordering.ShippingMode? Shipping { get; set; }
        /// <summary>The listing's own fee, with <see cref="Domain.Ordering.ShippingMode.OwnFee"/>.</summary>
        public long ShippingFee { get; set; }
        /// <summary>Leaves the listing's options as they are: a CSV row without an options cell.</summary>
        public bool KeepOptions { get; set; }
    }

    /// <summary>One option as the form shows it. <see cref="StockShown"/> plays the listing's StockShown part for the option.</summary>
    public sealed class OptionRow
    {
        public string? Name { get; set; }
        public long PriceDifference { get; set; }
        public int Stock { get; set; }
        public int? StockShown { get; set; }
        public string? Sku { get; set; }
    }

    /// <summary>The rows a seller filled in (a name given).</summary>
    public static IReadOnlyList<OptionRow> FilledOptions(Form form) => form.Options.Where(o => !string.IsNullOrWhiteSpace(o.Name)).ToList();

    /// <summary>A new listing from a checked form (the edit page or a CSV row).</summary>
    public static Product NewListing(int enterpriseId, Form form, Category category, IReadOnlyList<PriceTier> tiers, string? sku, DateTime nowUtc,
        NoticeTemplate? notice = null)
    {
        var product = new Product(enterpriseId, category.Id, form.Kind, form.Name, form.NameEn, form.Description,
            form.DescriptionEn, new Won(form.Price), form.Stock, nowUtc);
        WriteForm(product, form, category, tiers, sku, notice);
        return product;
    }

    /// <summary>What a checked form changes on a listing: the reviewed fields through <see cref="Product.Edit"/>
    /// (a pending change once published); category, SKU and minimum order at once; stock only when the form
    /// sets it (<see cref="Form.StockShown"/> null), else the caller moves it by the seller's change; the product
    /// notice of kind <paramref name="notice"/> and the origin at once (not reviewed: they change no price or name).</summary>
    public static void WriteForm(Product product, Form form, Category category, IReadOnlyList<PriceTier> tiers, string? sku, NoticeTemplate? notice = null)
    {
        if (product.Status == ProductStatus.Archived) throw new DomainException(ErrorCodes.InvalidStatusChange, "archived");
        product.Edit(form.Name, form.NameEn, form.Description, form.DescriptionEn, new Won(form.Price), tiers);
        // Options first: with them, the listing's stock is theirs summed.
        if (!form.KeepOptions)
            product.SetOptions(form.OptionLabel, FilledOptions(form)
                .Select(o => new OptionSpec(o.Name!, o.PriceDifference, product.Status is ProductStatus.Published && o.StockShown is not null ? null : o.Stock, o.Sku)).ToList());
        if (form.StockShown is null && !product.HasOptions) product.SetStock(form.Stock);
        product.Categorize(category.Id, form.Kind);
        product.SetSku(sku);
        product.SetMinOrderQuantity(form.MinOrderQuantity);
        if (form.Origin is not null) product.SetOrigin(form.Origin);
        if (form.Shipping is { } shipping) product.SetShipping(shipping, form.ShippingFee);
        if (notice is not null)
        {
            // Values typed for another kind (the seller changed it) start that kind empty.
            var values = form.NoticeValues.Count == notice.Fields.Count ? form.NoticeValues : notice.Fields.Select(_ => (string?)null).ToList();
            product.FillNotice(notice, values);
        }
    }

    /// <summary>The notice kind a form names, else its category's; null when neither has one.</summary>
    public static async Task<NoticeTemplate?> NoticeKindOfAsync(Domain.Data.MarketplaceDbContext db, Form form, Category category, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(form.NoticeKind))
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.NoticeTemplates, t => t.Code == form.NoticeKind.Trim(), ct);
        return category.NoticeTemplateId is { } id ? await db.NoticeTemplates.FindAsync([id], ct) : null;
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
