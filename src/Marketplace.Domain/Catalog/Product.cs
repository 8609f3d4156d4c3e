using Marketplace.Domain.Common;
using Marketplace.Domain.Enterprises;

namespace Marketplace.Domain.Catalog;

public enum ProductKind { Goods, Service }

public enum ProductStatus { Draft, PendingReview, Published, Rejected, Archived }

public class Product : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Name;

    private readonly List<ProductImage> _images = [];
    private readonly List<SocialValueTag> _tags = [];
    private readonly List<PriceTier> _priceTiers = [];
    private readonly List<NoticeEntry> _notice = [];
    private readonly List<ProductOption> _options = [];

    private Product() { }

    public Product(int enterpriseId, int categoryId, ProductKind kind, string name, string nameEn,
        string description, string descriptionEn, Won price, int stock, DateTime createdAtUtc)
    {
        EnterpriseId = enterpriseId;
        CategoryId = categoryId;
        Kind = kind;
        CreatedAtUtc = createdAtUtc;
        Status = ProductStatus.Draft;
        Describe(name, nameEn, description, descriptionEn);
        SetPrice(price);
        SetStock(stock);
    }

    public int Id { get; private set; }
    public int EnterpriseId { get; private set; }
    public Enterprise Enterprise { get; private set; } = null!;
    public int CategoryId { get; private set; }
    public Category Category { get; private set; } = null!;
    public ProductKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string DescriptionEn { get; private set; } = "";
    /// <summary>Price to consumers, VAT included.</summary>
    public Won Price => new(PriceWon);
    /// <summary>The stored amount behind <see cref="Price"/>; queries filter and sort on it.</summary>
    public long PriceWon { get; private set; }
    public int Stock { get; private set; }
    public ProductStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    /// <summary>Shown reviews and the sum of their stars, kept by the transaction that adds or hides a review.</summary>
    public int ReviewCount { get; private set; }
    public int RatingSum { get; private set; }
    /// <summary>The stored average (0 without reviews); the catalog's rating sort uses it. A double, which SQLite can sort.</summary>
    public double RatingAverage { get; private set; }
    /// <summary>Units sold; the catalog's popularity sort uses it.</summary>
    public int SalesCount { get; private set; }
    /// <summary>Lower-cased names in both languages, so that a part of a word finds the product.</summary>
    public string SearchText { get; private set; } = "";
    public IReadOnlyList<ProductImage> Images => _images;
    public IReadOnlyList<SocialValueTag> Tags => _tags;
    /// <summary>The enterprise's own code for the listing; unique within the enterprise (CSV import matches on it).</summary>
    public string? Sku { get; private set; }
    /// <summary>Public buyers order at least this many.</summary>
    public int MinOrderQuantity { get; private set; } = 1;
    /// <summary>Unit prices for public buyers from a quantity up, lowest quantity first.</summary>
    public IReadOnlyList<PriceTier> PriceTiers => _priceTiers;
    /// <summary>The kind of 상품정보제공고시 the enterprise filled in; null before it chose one.</summary>
    public int? NoticeTemplateId { get; private set; }
    /// <summary>The notice's items as stated, in the template's order.</summary>
    public IReadOnlyList<NoticeEntry> Notice => _notice;
    /// <summary>What the options choose (용량, 색상/사이즈, 규모); null without options.</summary>
    public string? OptionLabel { get; private set; }
    public IReadOnlyList<ProductOption> Options => _options;
    public bool HasOptions => _options.Count > 0;
    /// <summary>원산지: where the goods (or their main ingredient) come from, shown on the product page.</summary>
    public string? Origin { get; private set; }
    /// <summary>The operator's reason when the listing or its last change was rejected.</summary>
    public string? RejectionReason { get; private set; }
    /// <summary>A change to a published listing's name, description or price waits here for review,
    /// while the listing stays on sale with its approved values (see docs/decisions/0004).</summary>
    public ProposedChange? PendingChange { get; private set; }

    /// <summary>Counts changes to what the operator reviews (names, descriptions, price, quantity prices,
    /// photos). An approval names the revision the operator saw, so an edit made after the review page
    /// was opened makes the approval fail instead of publishing what nobody reviewed.</summary>
    public int Revision { get; private set; }

    /// <summary>Edits by the enterprise. Before publication they apply at once; once published, the
    /// reviewed fields (names, descriptions, price, quantity prices) become a <see cref="PendingChange"/>.</summary>
    public void Edit(string name, string nameEn, string description, string descriptionEn, Won price, IReadOnlyCollection<PriceTier> tiers)
    {
        if (price.Amount < 0) throw new DomainException(ErrorCodes.NegativePrice, price.ToString());
        if (!PriceTier.AreValidFor(tiers, price.Amount)) throw new DomainException(ErrorCodes.InvalidPriceTiers);
        var tiersText = PriceTier.Format(tiers);
        if (Status is ProductStatus.Published)
        {
            var unchanged = name.Trim() == Name && nameEn.Trim() == NameEn && description == Description
                && descriptionEn == DescriptionEn && price.Amount == PriceWon && tiersText == PriceTier.Format(_priceTiers);
            var proposed = unchanged ? null : new ProposedChange(name.Trim(), nameEn.Trim(), description, descriptionEn, price.Amount,
                tiersText == PriceTier.Format(_priceTiers) ? null : tiersText);
            if (proposed != PendingChange) Revision++;
            PendingChange = proposed;
            return;
        }
        var before = (Name, NameEn, Description, DescriptionEn, PriceWon, PriceTier.Format(_priceTiers));
        Describe(name, nameEn, description, descriptionEn);
        SetPrice(price);
        ReplaceTiers(tiers);
        if (before != (Name, NameEn, Description, DescriptionEn, PriceWon, tiersText)) Revision++;
    }

    /// <summary>States the notice of a kind: one value per item of <paramref name="template"/>, in its order.
    /// Empty items may be saved on a draft; submission for review needs them all (<see cref="SubmitForReview"/>).</summary>
    public void FillNotice(NoticeTemplate template, IReadOnlyList<string?> values)
    {
        var fields = template.Fields;
        if (values.Count != fields.Count) throw new ArgumentException("One value per item of the template.", nameof(values));
        var trimmed = values.Select(v => (v ?? "").Trim()).ToList();
        if (trimmed.Any(v => v.Length > NoticeEntry.MaxValueLength)) throw new DomainException(ErrorCodes.NoticeValueTooLong, NoticeEntry.MaxValueLength.ToString());
        NoticeTemplateId = template.Id;
        _notice.Clear();
        _notice.AddRange(fields.Select((label, i) => new NoticeEntry(label, trimmed[i], i)).Where(e => e.Value.Length > 0));
    }

    public const int MaxOptions = 50;

    /// <summary>The unit price of an option (or of the listing without one), VAT included.</summary>
    public Won PriceOf(ProductOption? option) => new(PriceWon + (option?.PriceDifferenceWon ?? 0));

    /// <summary>Replaces the options, matched to the present ones by name (an option kept keeps its id, so carts and
    /// orders that name it stay right). Before publication anything may change and stock is set; once published,
    /// names and price differences are what buyers were shown: only SKUs change here, stock through the ledger.</summary>
    public void SetOptions(string? label, IReadOnlyList<OptionSpec> options)
    {
        var specs = options.Select(o => o with { Name = o.Name.Trim(), Sku = string.IsNullOrWhiteSpace(o.Sku) ? null : o.Sku.Trim() }).ToList();
        if (specs.Count > MaxOptions || specs.Any(o => o.Name.Length is 0 or > ProductOption.MaxNameLength)
            || specs.Select(o => o.Name).Distinct().Count() != specs.Count
            || specs.Where(o => o.Sku is not null).Select(o => o.Sku).Distinct().Count() != specs.Count(o => o.Sku is not null))
            throw new DomainException(ErrorCodes.OptionsInvalid, string.Join('|', specs.Select(o => o.Name)));
        if (specs.Any(o => PriceWon + o.PriceDifferenceWon < 0)) throw new DomainException(ErrorCodes.NegativePrice, "option");
        if (specs.Any(o => o.Stock < 0)) throw new DomainException(ErrorCodes.NegativeStock, "option");
        var trimmedLabel = string.IsNullOrWhiteSpace(label) || specs.Count == 0 ? null : label.Trim();
        if (trimmedLabel?.Length > 40) throw new DomainException(ErrorCodes.OptionsInvalid, "label");

        if (Status is ProductStatus.Published or ProductStatus.Archived)
        {
            var same = specs.Count == _options.Count && specs.All(o => _options.Any(x => x.Name == o.Name && x.PriceDifferenceWon == o.PriceDifferenceWon));
            if (!same) throw new DomainException(ErrorCodes.OptionsLockedWhilePublished);
            foreach (var spec in specs)
            {
                var option = _options.Single(x => x.Name == spec.Name);
                option.Sku = spec.Sku;
                // A stated stock (a CSV row) is set, as the listing's own stock is; the form moves it through the ledger instead.
                if (spec.Stock is { } stock) option.Stock = stock;
            }
            if (specs.Any(o => o.Stock is not null)) Stock = _options.Sum(o => o.Stock);
            OptionLabel = trimmedLabel ?? OptionLabel;
            return;
        }
        _options.RemoveAll(x => !specs.Any(o => o.Name == x.Name));
        for (var i = 0; i < specs.Count; i++)
        {
            var spec = specs[i];
            if (_options.FirstOrDefault(x => x.Name == spec.Name) is { } kept)
            {
                kept.PriceDifferenceWon = spec.PriceDifferenceWon;
                kept.Sku = spec.Sku;
                kept.SortOrder = i;
                if (spec.Stock is { } stock) kept.Stock = stock;
            }
            else _options.Add(new ProductOption(spec.Name, spec.PriceDifferenceWon, spec.Stock ?? 0, spec.Sku, i));
        }
        OptionLabel = trimmedLabel;
        if (_options.Count > 0) Stock = _options.Sum(o => o.Stock);
    }

    /// <summary>The items of <paramref name="template"/> this listing has not stated (all of them for another kind).</summary>
    public IReadOnlyList<string> MissingNoticeItems(NoticeTemplate template) =>
        template.Id != NoticeTemplateId ? template.Fields
            : template.Fields.Where(f => !_notice.Any(e => e.Label == f && e.Value.Length > 0)).ToList();

    public void SetOrigin(string? origin)
    {
        if (origin?.Trim().Length > 200) throw new DomainException(ErrorCodes.NoticeValueTooLong, "200");
        Origin = string.IsNullOrWhiteSpace(origin) ? null : origin.Trim();
    }

    public void SetSku(string? sku) => Sku = string.IsNullOrWhiteSpace(sku) ? null : sku.Trim();

    /// <summary>How the listing ships (a service never does); its own fee only with <see cref="Ordering.ShippingMode.OwnFee"/>.</summary>
    public Ordering.ShippingMode ShippingMode { get; private set; }
    public long ShippingFeeWon { get; private set; }

    public void SetShipping(Ordering.ShippingMode mode, long ownFeeWon)
    {
        if (!Enum.IsDefined(mode)) throw new DomainException(ErrorCodes.InvalidShippingFee, mode.ToString());
        if (mode == Ordering.ShippingMode.OwnFee && ownFeeWon is <= 0 or > Ordering.ShippingPolicy.MaxFeeWon)
            throw new DomainException(ErrorCodes.InvalidShippingFee, ownFeeWon.ToString());
        ShippingMode = mode;
        ShippingFeeWon = mode == Ordering.ShippingMode.OwnFee ? ownFeeWon : 0;
    }

    public Ordering.ShippingLine ShippingLineOf(long subtotalWon) => new(Kind, ShippingMode, ShippingFeeWon, subtotalWon);

    public void Categorize(int categoryId, ProductKind kind)
    {
        CategoryId = categoryId;
        Kind = kind;
    }

    /// <summary>The unit price a public buyer pays for a quantity: the highest tier reached, else the listed price.</summary>
    public Won UnitPriceFor(int quantity) =>
        _priceTiers.Where(t => t.MinQuantity <= quantity).OrderByDescending(t => t.MinQuantity).Select(t => new Won(t.UnitPriceWon))
            .FirstOrDefault(Price);

    /// <summary>Public buyers order at least this many; not reviewed, it changes no price.</summary>
    public void SetMinOrderQuantity(int minOrderQuantity)
    {
        if (minOrderQuantity < 1) throw new DomainException(ErrorCodes.InvalidQuantity, minOrderQuantity.ToString());
        MinOrderQuantity = minOrderQuantity;
    }

    private void ReplaceTiers(IEnumerable<PriceTier> tiers)
    {
        _priceTiers.Clear();
        _priceTiers.AddRange(tiers.OrderBy(t => t.MinQuantity).Select(t => new PriceTier(t.MinQuantity, t.UnitPriceWon)));
    }

    public void RetagWith(IEnumerable<SocialValueTag> tags)
    {
        _tags.Clear();
        _tags.AddRange(tags.Distinct());
    }

    /// <summary>The operator's approval of a <see cref="PendingChange"/>, as it stood at <paramref name="reviewedRevision"/>.</summary>
    public void ApproveChange(int reviewedRevision)
    {
        if (PendingChange is not { } change) throw new DomainException(ErrorCodes.InvalidStatusChange, "no pending change");
        if (reviewedRevision != Revision) throw new DomainException(ErrorCodes.ChangedSinceReview, $"{reviewedRevision} != {Revision}");
        Describe(change.Name, change.NameEn, change.Description, change.DescriptionEn);
        SetPrice(new Won(change.PriceWon));
        if (change.PriceTiers is { } tiers) ReplaceTiers(PriceTier.Parse(tiers));
        PendingChange = null;
        RejectionReason = null;
    }

    public void RejectChange(string reason)
    {
        if (PendingChange is null) throw new DomainException(ErrorCodes.InvalidStatusChange, "no pending change");
        PendingChange = null;
        RejectionReason = reason.Trim();
    }

    public void Reject(string reason)
    {
        if (Status is not ProductStatus.PendingReview)
            throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> Rejected");
        Status = ProductStatus.Rejected;
        RejectionReason = reason.Trim();
    }

    /// <summary>Off sale for good (kept, because orders point at it).</summary>
    public void Archive()
    {
        Status = ProductStatus.Archived;
        PendingChange = null;
    }

    /// <summary>A new draft with the same content, to list a variant quickly.</summary>
    public Product CopyAsDraft(string copySuffix, DateTime nowUtc)
    {
        var copy = new Product(EnterpriseId, CategoryId, Kind, $"{Name} {copySuffix}".Trim(), NameEn, Description, DescriptionEn, Price, Stock, nowUtc);
        foreach (var image in _images) copy.AddImage(image.Url);
        copy.RetagWith(_tags);
        copy.SetMinOrderQuantity(MinOrderQuantity);
        copy.ReplaceTiers(_priceTiers);
        copy.NoticeTemplateId = NoticeTemplateId;
        copy._notice.AddRange(_notice.Select(e => new NoticeEntry(e.Label, e.Value, e.SortOrder)));
        copy.Origin = Origin;
        copy.SetOptions(OptionLabel, _options.OrderBy(o => o.SortOrder).Select(o => new OptionSpec(o.Name, o.PriceDifferenceWon, o.Stock, null)).ToList());
        return copy;
    }

    // Private: names, descriptions and price change only through Edit (reviewed once published) and ApproveChange.
    private void Describe(string name, string nameEn, string description, string descriptionEn)
    {
        Name = name.Trim();
        NameEn = nameEn.Trim();
        Description = description;
        DescriptionEn = descriptionEn;
        SearchText = BuildSearchText(Name, NameEn);
    }

    private void SetPrice(Won price)
    {
        if (price.Amount < 0) throw new DomainException(ErrorCodes.NegativePrice, price.ToString());
        PriceWon = price.Amount;
    }

    public void SetStock(int stock)
    {
        if (stock < 0) throw new DomainException(ErrorCodes.NegativeStock, stock.ToString());
        Stock = stock;
    }

    public const int MaxImages = 10;

    public void AddImage(string url)
    {
        if (_images.Count >= MaxImages) throw new DomainException(ErrorCodes.TooManyImages, MaxImages.ToString());
        _images.Add(new ProductImage(url, _images.Count == 0 ? 0 : _images.Max(i => i.SortOrder) + 1));
        Revision++;
    }

    /// <summary>Removes a photo; answers whether the listing had it.</summary>
    public bool RemoveImage(string url)
    {
        if (_images.RemoveAll(i => i.Url == url) == 0) return false;
        Revision++;
        return true;
    }

    public void Tag(SocialValueTag tag)
    {
        if (!_tags.Contains(tag)) _tags.Add(tag);
    }

    public void RecordSales(int units) => SalesCount += units;

    /// <summary>Asks the operator to publish. A listing whose category needs a product notice goes only with every
    /// item of its chosen kind stated (<paramref name="noticeTemplate"/>: the template of <see cref="NoticeTemplateId"/>).</summary>
    public void SubmitForReview(bool noticeRequired = false, NoticeTemplate? noticeTemplate = null)
    {
        if (Status is not (ProductStatus.Draft or ProductStatus.Rejected))
            throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> PendingReview");
        if (noticeRequired && (noticeTemplate is null || MissingNoticeItems(noticeTemplate) is { Count: > 0 }))
            throw new DomainException(ErrorCodes.NoticeIncomplete,
                noticeTemplate is null ? "" : string.Join(", ", MissingNoticeItems(noticeTemplate)));
        Status = ProductStatus.PendingReview;
        RejectionReason = null;
    }

    /// <summary>The operator's approval of the listing as it stood at <paramref name="reviewedRevision"/>.
    /// A listing of an enterprise that is not approved stays hidden.</summary>
    public void Publish(Enterprise enterprise, int reviewedRevision)
    {
        if (enterprise.Id != EnterpriseId) throw new ArgumentException("Not this listing's enterprise.", nameof(enterprise));
        if (enterprise.Status != ApprovalStatus.Approved)
            throw new DomainException(ErrorCodes.EnterpriseNotApproved, enterprise.Name);
        if (!enterprise.HasSellerInformation) throw new DomainException(ErrorCodes.SellerInformationMissing, enterprise.Name);
        if (Status is not ProductStatus.PendingReview)
            throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> Published");
        if (reviewedRevision != Revision) throw new DomainException(ErrorCodes.ChangedSinceReview, $"{reviewedRevision} != {Revision}");
        Status = ProductStatus.Published;
    }

    public static string BuildSearchText(params string[] parts) =>
        string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p))).ToLowerInvariant();
}

public class ProductImage
{
    private ProductImage() { }

    public ProductImage(string url, int sortOrder)
    {
        Url = url;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public string Url { get; private set; } = "";
    public int SortOrder { get; private set; }
}

/// <summary>A quantity price for public buyers: from <see cref="MinQuantity"/> units, each costs <see cref="UnitPriceWon"/> (VAT included).</summary>
public class PriceTier
{
    private PriceTier() { }

    public PriceTier(int minQuantity, long unitPriceWon)
    {
        MinQuantity = minQuantity;
        UnitPriceWon = unitPriceWon;
    }

    public int Id { get; private set; }
    public int MinQuantity { get; private set; }
    public long UnitPriceWon { get; private set; }

    /// <summary>Quantity prices are a discount for buying more: each at or below the list price, from
    /// distinct quantities of 1 or more, and never dearer for a larger quantity.</summary>
    public static bool AreValidFor(IEnumerable<PriceTier> tiers, long listPriceWon)
    {
        var ordered = tiers.OrderBy(t => t.MinQuantity).ToList();
        if (ordered.Any(t => t.MinQuantity < 1 || t.UnitPriceWon < 0 || t.UnitPriceWon > listPriceWon)) return false;
        if (ordered.Select(t => t.MinQuantity).Distinct().Count() != ordered.Count) return false;
        return ordered.Zip(ordered.Skip(1)).All(pair => pair.Second.UnitPriceWon <= pair.First.UnitPriceWon);
    }

    /// <summary>The canonical text of a set of tiers (<c>50:9000;100:8500</c>), as a pending change keeps it.</summary>
    public static string Format(IEnumerable<PriceTier> tiers) =>
        string.Join(';', tiers.OrderBy(t => t.MinQuantity).Select(t => $"{t.MinQuantity}:{t.UnitPriceWon}"));

    public static IReadOnlyList<PriceTier> Parse(string canonical) =>
        canonical.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split(':'))
            .Select(parts => new PriceTier(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
                long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
}

/// <summary>The reviewed fields of a published listing as the enterprise wants them to become.</summary>
/// <param name="PriceTiers">The quantity prices in <see cref="PriceTier.Format"/>'s text; null when they stay as they are.</param>
public sealed record ProposedChange(string Name, string NameEn, string Description, string DescriptionEn, long PriceWon, string? PriceTiers = null);

