namespace Marketplace.Domain.Members;

/// <summary>찜: a product a member keeps an eye on. It remembers the price and stock the member last heard of, so a drop in
/// price or a return to stock is told once (<see cref="NoteChange"/>), however often the catalog is checked.</summary>
public class WishlistItem
{
    public const int MaxPerMember = 200;

    private WishlistItem() { }

    public WishlistItem(string memberId, int productId, long priceWon, bool inStock, DateTime nowUtc)
    {
        MemberId = memberId;
        ProductId = productId;
        AddedAtUtc = nowUtc;
        SeenPriceWon = priceWon;
        SeenInStock = inStock;
    }

    public int Id { get; private set; }
    public string MemberId { get; private set; } = "";
    public int ProductId { get; private set; }
    public DateTime AddedAtUtc { get; private set; }
    public long SeenPriceWon { get; private set; }
    public bool SeenInStock { get; private set; }

    /// <summary>What is worth telling the member about the product as it is now; the item then remembers it.</summary>
    public WishlistNews NoteChange(long priceWon, bool inStock)
    {
        var news = WishlistNews.None;
        if (inStock && !SeenInStock) news |= WishlistNews.BackInStock;
        if (inStock && priceWon < SeenPriceWon) news |= WishlistNews.PriceDropped;
        // While sold out a drop waits to be told with the restock; a rise is remembered, so the next drop counts from it.
        SeenPriceWon = inStock ? priceWon : Math.Max(SeenPriceWon, priceWon);
        SeenInStock = inStock;
        return news;
    }
}

[Flags]
public enum WishlistNews { None = 0, BackInStock = 1, PriceDropped = 2 }

/// <summary>A product a member opened; the newest <see cref="Max"/> are kept.</summary>
public class RecentlyViewed
{
    public const int Max = 20;

    private RecentlyViewed() { }

    public RecentlyViewed(string memberId, int productId, DateTime nowUtc)
    {
        MemberId = memberId;
        ProductId = productId;
        ViewedAtUtc = nowUtc;
    }

    public string MemberId { get; private set; } = "";
    public int ProductId { get; private set; }
    public DateTime ViewedAtUtc { get; private set; }
}
