using Marketplace.Domain.Common;

namespace Marketplace.Domain.Ordering;

/// <summary>A shopper's cart, kept on the server: a visitor's is found by the random token in
/// their cart cookie, a member's by their id. At sign-in the visitor's cart merges into the member's.</summary>
public class Cart
{
    public const int MaxQuantityPerLine = 99;
    public const int MaxLines = 50;

    private readonly List<CartLine> _lines = [];

    private Cart() { }

    private Cart(string? memberId, Guid? visitorToken, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        MemberId = memberId;
        VisitorToken = visitorToken;
        UpdatedAtUtc = nowUtc;
    }

    public static Cart ForMember(string memberId, DateTime nowUtc) => new(memberId, null, nowUtc);
    public static Cart ForVisitor(Guid token, DateTime nowUtc) => new(null, token, nowUtc);

    public Guid Id { get; private set; }
    public string? MemberId { get; private set; }
    public Guid? VisitorToken { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public IReadOnlyList<CartLine> Lines => _lines;

    /// <summary>Adds to the line of this product (or starts one), within the stock and the per-line maximum.</summary>
    public void Add(int productId, int quantity, int stock, DateTime nowUtc)
    {
        if (quantity < 1) throw new DomainException(ErrorCodes.InvalidQuantity, quantity.ToString());
        var current = _lines.FirstOrDefault(l => l.ProductId == productId)?.Quantity ?? 0;
        SetQuantity(productId, current + quantity, stock, nowUtc);
    }

    /// <summary>Sets the quantity of a line; zero removes it.</summary>
    public void SetQuantity(int productId, int quantity, int stock, DateTime nowUtc)
    {
        if (quantity < 0) throw new DomainException(ErrorCodes.InvalidQuantity, quantity.ToString());
        if (quantity > MaxQuantityPerLine) throw new DomainException(ErrorCodes.QuantityAboveLineMaximum, quantity.ToString());
        if (quantity > stock) throw new DomainException(ErrorCodes.NotEnoughStock, $"{quantity} > {stock}");

        var line = _lines.FirstOrDefault(l => l.ProductId == productId);
        if (quantity == 0)
        {
            if (line is not null) _lines.Remove(line);
        }
        else if (line is null)
        {
            if (_lines.Count >= MaxLines) throw new DomainException(ErrorCodes.CartFull, MaxLines.ToString());
            _lines.Add(new CartLine(productId, quantity));
        }
        else
        {
            line.Quantity = quantity;
        }
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Takes a visitor's lines into this member's cart: quantities add up, but never beyond
    /// what is in stock or the per-line maximum (merging must not fail a sign-in).</summary>
    public void MergeFrom(Cart visitor, IReadOnlyDictionary<int, int> stockByProduct, DateTime nowUtc)
    {
        foreach (var line in visitor.Lines)
        {
            var stock = stockByProduct.GetValueOrDefault(line.ProductId);
            var current = _lines.FirstOrDefault(l => l.ProductId == line.ProductId)?.Quantity ?? 0;
            var merged = Math.Min(Math.Min(current + line.Quantity, MaxQuantityPerLine), stock);
            if (merged <= current || (current == 0 && _lines.Count >= MaxLines)) continue;
            SetQuantity(line.ProductId, merged, stock, nowUtc);
        }
    }

    public void RemoveProducts(IEnumerable<int> productIds, DateTime nowUtc)
    {
        var bought = productIds.ToHashSet();
        _lines.RemoveAll(l => bought.Contains(l.ProductId));
        UpdatedAtUtc = nowUtc;
    }
}

public class CartLine
{
    private CartLine() { }

    internal CartLine(int productId, int quantity)
    {
        ProductId = productId;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public Guid CartId { get; private set; }
    public int ProductId { get; private set; }
    public int Quantity { get; internal set; }
}
