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

    /// <summary>Adds to the line of this product and option (or starts one), within the stock and the per-line maximum.</summary>
    public void Add(int productId, int? optionId, int quantity, int stock, DateTime nowUtc)
    {
        if (quantity < 1) throw new DomainException(ErrorCodes.InvalidQuantity, quantity.ToString());
        var current = Line(productId, optionId)?.Quantity ?? 0;
        SetQuantity(productId, optionId, current + quantity, stock, nowUtc);
    }

    /// <inheritdoc cref="Add(int, int?, int, int, DateTime)"/>
    public void Add(int productId, int quantity, int stock, DateTime nowUtc) => Add(productId, null, quantity, stock, nowUtc);

    public void SetQuantity(int productId, int quantity, int stock, DateTime nowUtc) => SetQuantity(productId, null, quantity, stock, nowUtc);

    private CartLine? Line(int productId, int? optionId) => _lines.FirstOrDefault(l => l.ProductId == productId && l.OptionId == optionId);

    /// <summary>Sets the quantity of a line (a product, or one option of it); zero removes it.</summary>
    public void SetQuantity(int productId, int? optionId, int quantity, int stock, DateTime nowUtc)
    {
        if (quantity < 0) throw new DomainException(ErrorCodes.InvalidQuantity, quantity.ToString());
        if (quantity > MaxQuantityPerLine) throw new DomainException(ErrorCodes.QuantityAboveLineMaximum, quantity.ToString());
        if (quantity > stock) throw new DomainException(ErrorCodes.NotEnoughStock, $"{quantity} > {stock}");

        var line = Line(productId, optionId);
        if (quantity == 0)
        {
            if (line is not null) _lines.Remove(line);
        }
        else if (line is null)
        {
            if (_lines.Count >= MaxLines) throw new DomainException(ErrorCodes.CartFull, MaxLines.ToString());
            _lines.Add(new CartLine(productId, optionId, quantity));
        }
        else
        {
            line.Quantity = quantity;
        }
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Takes a visitor's lines into this member's cart: quantities add up, but never beyond
    /// what is in stock or the per-line maximum (merging must not fail a sign-in).</summary>
    /// <param name="stockOf">The stock of a product, or of one of its options.</param>
    public void MergeFrom(Cart visitor, Func<int, int?, int> stockOf, DateTime nowUtc)
    {
        foreach (var line in visitor.Lines)
        {
            var stock = stockOf(line.ProductId, line.OptionId);
            var current = Line(line.ProductId, line.OptionId)?.Quantity ?? 0;
            var merged = Math.Min(Math.Min(current + line.Quantity, MaxQuantityPerLine), stock);
            if (merged <= current || (current == 0 && _lines.Count >= MaxLines)) continue;
            SetQuantity(line.ProductId, line.OptionId, merged, stock, nowUtc);
        }
    }

    public void MergeFrom(Cart visitor, IReadOnlyDictionary<int, int> stockByProduct, DateTime nowUtc) =>
        MergeFrom(visitor, (product, _) => stockByProduct.GetValueOrDefault(product), nowUtc);

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

    internal CartLine(int productId, int? optionId, int quantity)
    {
        ProductId = productId;
        OptionId = optionId;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public Guid CartId { get; private set; }
    public int ProductId { get; private set; }
    /// <summary>The option chosen, for a listing with options.</summary>
    public int? OptionId { get; private set; }
    public int Quantity { get; internal set; }
}
