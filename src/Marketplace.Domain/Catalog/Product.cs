using Marketplace.Domain.Common;
using Marketplace.Domain.Enterprises;

namespace Marketplace.Domain.Catalog;

public enum ProductKind { Goods, Service }

public enum ProductStatus { Draft, PendingReview, Published, Rejected, Archived }

public class Product
{
    private readonly List<ProductImage> _images = [];
    private readonly List<SocialValueTag> _tags = [];

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
    /// <summary>Units sold; the catalog's popularity sort uses it.</summary>
    public int SalesCount { get; private set; }
    /// <summary>Lower-cased names in both languages, so that a part of a word finds the product.</summary>
    public string SearchText { get; private set; } = "";
    public IReadOnlyList<ProductImage> Images => _images;
    public IReadOnlyList<SocialValueTag> Tags => _tags;

    public void Describe(string name, string nameEn, string description, string descriptionEn)
    {
        Name = name.Trim();
        NameEn = nameEn.Trim();
        Description = description;
        DescriptionEn = descriptionEn;
        SearchText = BuildSearchText(Name, NameEn);
    }

    public void SetPrice(Won price)
    {
        if (price.Amount < 0) throw new DomainException(ErrorCodes.NegativePrice, price.ToString());
        PriceWon = price.Amount;
    }

    public void SetStock(int stock)
    {
        if (stock < 0) throw new DomainException(ErrorCodes.NegativeStock, stock.ToString());
        Stock = stock;
    }

    public void AddImage(string url) => _images.Add(new ProductImage(url, _images.Count));

    public void Tag(SocialValueTag tag)
    {
        if (!_tags.Contains(tag)) _tags.Add(tag);
    }

    public void RecordSales(int units) => SalesCount += units;

    public void SubmitForReview()
    {
        if (Status is not (ProductStatus.Draft or ProductStatus.Rejected))
            throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> PendingReview");
        Status = ProductStatus.PendingReview;
    }

    /// <summary>The operator's approval. A listing of an enterprise that is not approved stays hidden.</summary>
    public void Publish(Enterprise enterprise)
    {
        if (enterprise.Id != EnterpriseId) throw new ArgumentException("Not this listing's enterprise.", nameof(enterprise));
        if (enterprise.Status != ApprovalStatus.Approved)
            throw new DomainException(ErrorCodes.EnterpriseNotApproved, enterprise.Name);
        if (Status is not ProductStatus.PendingReview)
            throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> Published");
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
