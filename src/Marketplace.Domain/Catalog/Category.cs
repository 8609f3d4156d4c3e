namespace Marketplace.Domain.Catalog;

public class Category
{
    private Category() { }

    public Category(string slug, string name, string nameEn, ProductKind kind, int sortOrder)
    {
        Slug = slug;
        Name = name;
        NameEn = nameEn;
        Kind = kind;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    /// <summary>Stable key used in URLs (`/products?category=cleaning`).</summary>
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public ProductKind Kind { get; private set; }
    public int SortOrder { get; private set; }
    /// <summary>The product notice its listings must state before review; null for none (services of no notified kind).</summary>
    public int? NoticeTemplateId { get; private set; }

    public void RequireNotice(int? noticeTemplateId) => NoticeTemplateId = noticeTemplateId;
}
