using Marketplace.Domain.Common;

namespace Marketplace.Domain.Catalog;

/// <summary>One kind of 상품정보제공고시 (the Fair Trade Commission's notice of product information): the items a
/// listing of that kind must state. Kept as data, so the operator follows a change of the notice without a release.</summary>
public class NoticeTemplate : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Code;

    public const int MaxFields = 30;
    public const int MaxFieldLength = 80;

    private NoticeTemplate() { }

    public NoticeTemplate(string code, string name, string nameEn, IEnumerable<string> fields)
    {
        Code = code.Trim();
        Rename(name, nameEn);
        SetFields(fields);
    }

    public int Id { get; private set; }
    /// <summary>Stable key (<c>processed-food</c>), used by the CSV import.</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    /// <summary>The items, one per line, in the notice's order.</summary>
    public string FieldsText { get; private set; } = "";

    public IReadOnlyList<string> Fields => FieldsText.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Rename(string name, string nameEn)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException(ErrorCodes.NoticeTemplateInvalid, "name");
        Name = name.Trim();
        NameEn = nameEn.Trim();
    }

    /// <summary>Between one and <see cref="MaxFields"/> distinct items. Listings keep what they stated under the
    /// old items; the next submission for review is checked against the new ones.</summary>
    public void SetFields(IEnumerable<string> fields)
    {
        var list = fields.Select(f => f.Trim()).Where(f => f.Length > 0).ToList();
        if (list.Count is 0 or > MaxFields || list.Any(f => f.Length > MaxFieldLength) || list.Distinct().Count() != list.Count)
            throw new DomainException(ErrorCodes.NoticeTemplateInvalid, string.Join('|', list));
        FieldsText = string.Join('\n', list);
    }
}

/// <summary>One item of a listing's notice as the enterprise stated it; the item's label is copied, so a later
/// change of the template never changes what a listing said.</summary>
public class NoticeEntry
{
    public const int MaxValueLength = 500;

    private NoticeEntry() { }

    internal NoticeEntry(string label, string value, int sortOrder)
    {
        Label = label;
        Value = value;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public string Label { get; private set; } = "";
    public string Value { get; private set; } = "";
    public int SortOrder { get; private set; }
}
