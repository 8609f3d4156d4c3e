using System.Text.Encodings.Web;
using System.Text.Json;

namespace Marketplace.Web.Infrastructure.Documents;

/// <summary>What a procurement document says, in the words it is printed with (Korean, as the
/// documents an audit files are). Stored as JSON when the step happens; the page, the PDF and the
/// SHA-256 are all made from that one stored text.</summary>
public sealed record DocumentContent(
    string Title,
    string Number,
    string IssuedOn,
    DocumentParty Supplier,
    DocumentParty Buyer,
    IReadOnlyList<DocumentField> Fields,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<DocumentField> Totals,
    IReadOnlyList<string> Notes)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // Hangul as it is, so the stored text reads as the document does.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DocumentContent FromJson(string json) =>
        JsonSerializer.Deserialize<DocumentContent>(json, Json) ?? throw new InvalidDataException("Empty document content.");
}

/// <summary>공급자 or 공급받는자, as the tax-invoice form names them.</summary>
public sealed record DocumentParty(string Role, string Name, string RegistrationNumber, string Representative, string Address);

public sealed record DocumentField(string Label, string Value);
