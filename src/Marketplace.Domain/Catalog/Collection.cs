using System.Text.RegularExpressions;
using Marketplace.Domain.Common;

namespace Marketplace.Domain.Catalog;

/// <summary>A 기획전 the operator curates (ESG 환경마켓, 명절 선물, 우리 지역 상품): a banner, a text and
/// chosen products, on the home page from its first to its last day (Korean dates).</summary>
public partial class Collection : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Slug;

    public const int MaxProducts = 40;

    private readonly List<CollectionItem> _items = [];

    private Collection() { }

    public Collection(string slug, DateTime nowUtc)
    {
        if (!SlugPattern().IsMatch(slug)) throw new DomainException(ErrorCodes.CollectionSlugInvalid, slug);
        Slug = slug;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    /// <summary>The address: <c>/collections/{slug}</c>.</summary>
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string TitleEn { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string TextEn { get; private set; } = "";
    public string? BannerUrl { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public IReadOnlyList<CollectionItem> Items => _items;

    public void Describe(string title, string titleEn, string text, string textEn, DateOnly startsOn, DateOnly endsOn)
    {
        if (string.IsNullOrWhiteSpace(title) || endsOn < startsOn) throw new DomainException(ErrorCodes.CollectionInvalid);
        (Title, TitleEn, Text, TextEn, StartsOn, EndsOn) = (title.Trim(), titleEn.Trim(), text.Trim(), textEn.Trim(), startsOn, endsOn);
    }

    public void SetBanner(string? url) => BannerUrl = url;

    /// <summary>The products in the order given; a repeated one counts once.</summary>
    public void Choose(IEnumerable<int> productIds)
    {
        var ids = productIds.Distinct().ToList();
        if (ids.Count > MaxProducts) throw new DomainException(ErrorCodes.CollectionTooManyProducts, $"{MaxProducts}");
        _items.RemoveAll(i => !ids.Contains(i.ProductId));
        for (var position = 0; position < ids.Count; position++)
        {
            var item = _items.FirstOrDefault(i => i.ProductId == ids[position]);
            if (item is null) _items.Add(new CollectionItem(ids[position], position));
            else item.MoveTo(position);
        }
    }

    public bool IsShownOn(DateOnly day) => StartsOn <= day && day <= EndsOn;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,59}$")]
    private static partial Regex SlugPattern();
}

public class CollectionItem
{
    private CollectionItem() { }

    internal CollectionItem(int productId, int position) => (ProductId, Position) = (productId, position);

    public int CollectionId { get; private set; }
    public int ProductId { get; private set; }
    public int Position { get; private set; }

    internal void MoveTo(int position) => Position = position;
}
