using System.Security.Cryptography;
using System.Text;

namespace Marketplace.Domain.Procurement;

/// <summary>The paper a step of a purchase leaves behind, for the institution's audit.</summary>
public enum DocumentKind
{
    /// <summary>견적서: an enterprise's answer to a quote request, one per revision.</summary>
    Quote,
    /// <summary>발주서/계약서: the approved purchase order, with a simple contract's terms.</summary>
    PurchaseOrder,
    /// <summary>거래명세서: one shipment.</summary>
    TransactionStatement,
    /// <summary>검사검수조서: the inspection, accepted and rejected quantities.</summary>
    InspectionReport,
    /// <summary>세금계산서 data of the invoice (the e-tax invoice itself is issued through 홈택스).</summary>
    TaxInvoice,
}

/// <summary>A document as it was when its step happened: its content (the words and figures, as
/// canonical JSON) is fixed at issue and its SHA-256 shown on every copy, so anyone can tell a copy
/// is unchanged. The PDF is drawn from the content once, on first download, and kept.</summary>
public class ProcurementDocument
{
    private ProcurementDocument() { }

    public ProcurementDocument(DocumentKind kind, string number, int institutionId, int enterpriseId, int? purchaseOrderId,
        int? quoteRequestId, int sourceId, int revision, string content, DateTime issuedAtUtc)
    {
        Kind = kind;
        Number = number;
        InstitutionId = institutionId;
        EnterpriseId = enterpriseId;
        PurchaseOrderId = purchaseOrderId;
        QuoteRequestId = quoteRequestId;
        SourceId = sourceId;
        Revision = revision;
        Content = content;
        Sha256 = HashOf(content);
        IssuedAtUtc = issuedAtUtc;
    }

    public int Id { get; private set; }
    public DocumentKind Kind { get; private set; }
    public string Number { get; private set; } = "";
    public int InstitutionId { get; private set; }
    public int EnterpriseId { get; private set; }
    public int? PurchaseOrderId { get; private set; }
    public int? QuoteRequestId { get; private set; }
    /// <summary>The quote, purchase order, shipment or invoice it was issued for.</summary>
    public int SourceId { get; private set; }
    /// <summary>1, or the quote's version for a revised 견적서.</summary>
    public int Revision { get; private set; }
    public string Content { get; private set; } = "";
    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/> in UTF-8.</summary>
    public string Sha256 { get; private set; } = "";
    public DateTime IssuedAtUtc { get; private set; }
    /// <summary>Drawn on the first download and written once, where it is still empty.</summary>
    public byte[]? Pdf { get; private set; }

    public static string HashOf(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
