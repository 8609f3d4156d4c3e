namespace Marketplace.Domain.Catalog;

/// <summary>A social value a product carries (eco-friendly, jobs for people with disabilities, …).</summary>
public class SocialValueTag
{
    private SocialValueTag() { }

    public SocialValueTag(string slug, string name, string nameEn)
    {
        Slug = slug;
        Name = name;
        NameEn = nameEn;
    }

    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public ICollection<Product> Products { get; private set; } = [];
}
