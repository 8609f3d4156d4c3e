using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;

namespace Marketplace.Domain.Procurement;

public enum QuoteRequestStatus { Open, Accepted, Cancelled }

/// <summary>견적문의: an institution asks one or several enterprises at once for unit prices of the
/// same items, delivered to one place by one date, answered before a deadline.</summary>
public class QuoteRequest : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Number;

    public const int MaxRecipients = 10;
    public const int MaxItems = 20;

    private readonly List<QuoteRequestItem> _items = [];
    private readonly List<QuoteRequestRecipient> _recipients = [];

    private QuoteRequest() { }

    public QuoteRequest(int institutionId, string buyerId, string title, ProductKind kind, string deliveryPlace,
        DateOnly deliveryDate, DateOnly deadline, IEnumerable<QuoteRequestItem> items, IEnumerable<int> enterpriseIds, DateTime nowUtc)
    {
        InstitutionId = institutionId;
        BuyerId = buyerId;
        Title = title.Trim();
        Kind = kind;
        DeliveryPlace = deliveryPlace.Trim();
        DeliveryDate = deliveryDate;
        Deadline = deadline;
        CreatedAtUtc = nowUtc;
        _items.AddRange(items);
        _recipients.AddRange(enterpriseIds.Distinct().Select(id => new QuoteRequestRecipient(id)));
        if (_items.Count is 0 or > MaxItems || _items.Any(i => i.Quantity <= 0)) throw new DomainException(ErrorCodes.InvalidQuantity);
        if (_recipients.Count is 0 or > MaxRecipients) throw new DomainException(ErrorCodes.QuoteRecipientsRequired);
        if (deadline > deliveryDate) throw new DomainException(ErrorCodes.DeadlineAfterDelivery);
        Status = QuoteRequestStatus.Open;
    }

    public int Id { get; private set; }
    public int InstitutionId { get; private set; }
    public string BuyerId { get; private set; } = "";
    public string Title { get; private set; } = "";
    public ProductKind Kind { get; private set; }
    public string DeliveryPlace { get; private set; } = "";
    public DateOnly DeliveryDate { get; private set; }
    /// <summary>The last day (KST) enterprises may answer.</summary>
    public DateOnly Deadline { get; private set; }
    public QuoteRequestStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public int? AcceptedQuoteId { get; private set; }
    /// <summary>Counts decisions and answers on the request; every one of them takes the request's row
    /// first (see QuoteRequestLock), so two decisions at once are taken one after the other.</summary>
    public int Version { get; private set; }
    public IReadOnlyList<QuoteRequestItem> Items => _items;
    public IReadOnlyList<QuoteRequestRecipient> Recipients => _recipients;

    public string Number => NumberOf(Id, CreatedAtUtc);

    public static string NumberOf(int id, DateTime createdAtUtc) => $"RFQ-{KoreaTime.ToKorea(createdAtUtc).Year}-{id:D6}";

    public bool IsAddressedTo(int enterpriseId) => _recipients.Any(r => r.EnterpriseId == enterpriseId);

    public bool WasDeclinedBy(int enterpriseId) => _recipients.Any(r => r.EnterpriseId == enterpriseId && r.DeclinedAtUtc is not null);

    /// <summary>An enterprise says it will not quote, with a reason the buyer reads; only while the
    /// request takes answers and before it has answered.</summary>
    public void Decline(int enterpriseId, bool hasAnswered, string reason, DateOnly today, DateTime nowUtc)
    {
        var recipient = _recipients.FirstOrDefault(r => r.EnterpriseId == enterpriseId) ?? throw new DomainException(ErrorCodes.QuoteRecipientsRequired);
        if (!TakesAnswersOn(today)) throw new DomainException(ErrorCodes.QuoteRequestClosed);
        if (hasAnswered || recipient.DeclinedAtUtc is not null) throw new DomainException(ErrorCodes.InvalidStatusChange, "answered -> declined");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(ErrorCodes.DeclineReasonRequired);
        recipient.Decline(reason.Trim(), nowUtc);
        Version++;
    }

    public bool TakesAnswersOn(DateOnly today) => Status == QuoteRequestStatus.Open && today <= Deadline;

    /// <summary>Accepts one answer: the request closes, the others are not chosen, and the simple
    /// contract's order lines are the request's items at the chosen unit supply prices.</summary>
    /// <param name="shownVersion">The chosen quote's version as the buyer saw it: a quote revised since
    /// then is not accepted until the buyer has looked again.</param>
    public IReadOnlyList<PurchaseOrderLine> Accept(Quote chosen, IEnumerable<Quote> others, DateOnly today, int shownVersion)
    {
        if (Status != QuoteRequestStatus.Open) throw new DomainException(ErrorCodes.QuoteRequestDecided, $"{Status} -> Accepted");
        if (chosen.Version != shownVersion) throw new DomainException(ErrorCodes.QuoteRevisedSinceShown, $"{shownVersion} != {chosen.Version}");
        if (chosen.QuoteRequestId != Id || chosen.Lines.Count != _items.Count) throw new DomainException(ErrorCodes.QuoteIncomplete);
        if (chosen.ValidUntil < today) throw new DomainException(ErrorCodes.QuoteExpired);
        Status = QuoteRequestStatus.Accepted;
        AcceptedQuoteId = chosen.Id;
        chosen.MarkAccepted();
        foreach (var other in others.Where(q => q.Id != chosen.Id)) other.MarkNotChosen();
        return _items.Select(i => PurchaseOrderLine.AtSupplyPrice(
            string.IsNullOrEmpty(i.Specification) ? i.Name : $"{i.Name} ({i.Specification})", Kind, i.Quantity,
            chosen.Lines.Single(l => l.ItemId == i.Id).UnitSupplyWon)).ToList();
    }
}

public class QuoteRequestItem
{
    private QuoteRequestItem() { }

    public QuoteRequestItem(string name, string specification, int quantity)
    {
        Name = name.Trim();
        Specification = specification.Trim();
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public int QuoteRequestId { get; private set; }
    public string Name { get; private set; } = "";
    public string Specification { get; private set; } = "";
    public int Quantity { get; private set; }
}

/// <summary>An enterprise asked for a quote, and its refusal to quote if it gave one.</summary>
public sealed class QuoteRequestRecipient
{
    private QuoteRequestRecipient() { }

    public QuoteRequestRecipient(int enterpriseId) => EnterpriseId = enterpriseId;

    public int EnterpriseId { get; private set; }
    public string? DeclineReason { get; private set; }
    public DateTime? DeclinedAtUtc { get; private set; }

    internal void Decline(string reason, DateTime nowUtc) => (DeclineReason, DeclinedAtUtc) = (reason, nowUtc);
}

/// <summary>A file that goes with a request (the buyer's specification) or with an answer (the
/// enterprise's), checked like an application's documents and served only to the two parties.</summary>
public class QuoteAttachment
{
    public const int MaxPerParty = 5;

    private QuoteAttachment() { }

    public QuoteAttachment(int quoteRequestId, int? enterpriseId, string fileName, string storageKey, string contentType,
        long sizeBytes, string uploadedById, DateTime uploadedAtUtc)
    {
        QuoteRequestId = quoteRequestId;
        EnterpriseId = enterpriseId;
        FileName = fileName;
        StorageKey = storageKey;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        UploadedById = uploadedById;
        UploadedAtUtc = uploadedAtUtc;
    }

    public int Id { get; private set; }
    public int QuoteRequestId { get; private set; }
    /// <summary>The answering enterprise's; null for the buyer's own files.</summary>
    public int? EnterpriseId { get; private set; }
    public string FileName { get; private set; } = "";
    public string StorageKey { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long SizeBytes { get; private set; }
    public string UploadedById { get; private set; } = "";
    public DateTime UploadedAtUtc { get; private set; }
}

public enum QuoteStatus { Submitted, Accepted, NotChosen }

/// <summary>An enterprise's answer to a quote request: a unit supply price per item, a delivery date
/// and how long the prices hold. It may be revised while the request takes answers.</summary>
public class Quote : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => $"Q-{KoreaTime.ToKorea(SubmittedAtUtc).Year}-{Id:D6}";

    private readonly List<QuoteLine> _lines = [];

    private Quote() { }

    public Quote(int quoteRequestId, int enterpriseId, string submittedById, DateTime nowUtc)
    {
        QuoteRequestId = quoteRequestId;
        EnterpriseId = enterpriseId;
        SubmittedById = submittedById;
        SubmittedAtUtc = nowUtc;
        Status = QuoteStatus.Submitted;
    }

    public int Id { get; private set; }
    public int QuoteRequestId { get; private set; }
    public int EnterpriseId { get; private set; }
    public string SubmittedById { get; private set; } = "";
    public DateOnly DeliveryDate { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public string Note { get; private set; } = "";
    public DateTime SubmittedAtUtc { get; private set; }
    public QuoteStatus Status { get; private set; }
    /// <summary>Counts every change of the answer (a revision, accepted, not chosen). The buyer's accept
    /// names the version the comparison showed.</summary>
    public int Version { get; private set; }
    public IReadOnlyList<QuoteLine> Lines => _lines;

    /// <summary>Sets (or revises) the prices: one per item of the request, none missing, none extra.</summary>
    public void Price(QuoteRequest request, IReadOnlyDictionary<int, long> unitSupplyByItem, DateOnly deliveryDate,
        DateOnly validUntil, string note, DateOnly today, DateTime nowUtc)
    {
        if (!request.TakesAnswersOn(today)) throw new DomainException(ErrorCodes.QuoteRequestClosed);
        if (request.WasDeclinedBy(EnterpriseId)) throw new DomainException(ErrorCodes.QuoteRequestDeclined);
        if (Status != QuoteStatus.Submitted) throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> Submitted");
        if (request.Items.Count != unitSupplyByItem.Count || request.Items.Any(i => !unitSupplyByItem.ContainsKey(i.Id)))
            throw new DomainException(ErrorCodes.QuoteIncomplete);
        if (unitSupplyByItem.Values.Any(p => p <= 0)) throw new DomainException(ErrorCodes.NegativePrice);
        if (validUntil < today) throw new DomainException(ErrorCodes.QuoteValidityPast);
        _lines.Clear();
        _lines.AddRange(request.Items.Select(i => new QuoteLine(i.Id, unitSupplyByItem[i.Id])));
        DeliveryDate = deliveryDate;
        ValidUntil = validUntil;
        Note = note.Trim();
        SubmittedAtUtc = nowUtc;
        Version++;
    }

    public long SupplyWon(QuoteRequest request) => request.Items.Sum(i => i.Quantity * UnitSupplyOf(i));

    /// <summary>VAT as the purchase order will carry it: per unit, 10% of the supply price.</summary>
    public long VatWon(QuoteRequest request) => request.Items.Sum(i => i.Quantity * PurchaseOrderLine.UnitVatOf(UnitSupplyOf(i)));

    private long UnitSupplyOf(QuoteRequestItem item) => _lines.FirstOrDefault(l => l.ItemId == item.Id)?.UnitSupplyWon ?? 0;

    internal void MarkAccepted() => (Status, Version) = (QuoteStatus.Accepted, Version + 1);
    internal void MarkNotChosen() => (Status, Version) = (QuoteStatus.NotChosen, Version + 1);
}

public sealed record QuoteLine(int ItemId, long UnitSupplyWon);
