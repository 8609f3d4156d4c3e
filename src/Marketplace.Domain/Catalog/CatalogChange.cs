namespace Marketplace.Domain.Catalog;

/// <summary>The change feed the search index follows: one row per product (or enterprise) saved, written in the
/// same transaction as the change, so every server's index catches up to exactly what was committed.
/// Neither id set means "reindex everything" (a category or tag renamed).</summary>
public class CatalogChange
{
    private CatalogChange() { }

    public CatalogChange(int? productId, int? enterpriseId, DateTime atUtc)
    {
        ProductId = productId;
        EnterpriseId = enterpriseId;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }
    public int? ProductId { get; private set; }
    public int? EnterpriseId { get; private set; }
    public DateTime AtUtc { get; private set; }
}

/// <summary>Words that mean the same to a shopper (에코백 = 장바구니 가방 = eco bag): a query with one finds the others.</summary>
public class SearchSynonym
{
    private SearchSynonym() { }

    public SearchSynonym(string terms, DateTime createdAtUtc)
    {
        Terms = terms;
        CreatedAtUtc = createdAtUtc;
    }

    public int Id { get; private set; }
    /// <summary>The group, comma-separated, lower-cased: "에코백,장바구니 가방,eco bag".</summary>
    public string Terms { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }

    public IReadOnlyList<string> Members => Parse(Terms);

    public static IReadOnlyList<string> Parse(string terms) =>
        terms.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => string.Join(' ', t.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(t => t.Length > 0).Distinct().ToList();
}

/// <summary>A search that found nothing, for the operator's list of what shoppers look for in vain.</summary>
public class ZeroResultSearch
{
    private ZeroResultSearch() { }

    public ZeroResultSearch(string query, DateTime atUtc)
    {
        Query = query;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }
    public string Query { get; private set; } = "";
    public DateTime AtUtc { get; private set; }
}
