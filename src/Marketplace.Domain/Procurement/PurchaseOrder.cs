using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Enterprises;

namespace Marketplace.Domain.Procurement;

/// <summary>How the institution came to buy: at the listed price (바로구매) or by a simple contract
/// made from an accepted quote (간편계약).</summary>
public enum PurchaseMethod { DirectPurchase, SimpleContract }

public enum PurchaseOrderStatus
{
    /// <summary>Written by a buyer; waits for an approver of the same institution. The enterprise does not see it yet.</summary>
    PendingApproval,
    /// <summary>Sent back by the approver with a reason.</summary>
    ApprovalRejected,
    /// <summary>Approved inside the institution; now the enterprise sees it.</summary>
    Placed,
    Confirmed,
    Declined,
    /// <summary>Some, not all, of the ordered quantities have shipped.</summary>
    PartlyShipped,
    /// <summary>Everything ordered has shipped; waits for inspection (검수).</summary>
    Delivered,
    /// <summary>Inspected with at least one unit accepted; invoiced.</summary>
    Inspected,
    /// <summary>Inspected and nothing accepted.</summary>
    InspectionRejected,
}

/// <summary>A public institution's purchase order to one enterprise. Amounts follow the tax invoice:
/// every line carries a unit supply price and a unit VAT, so the totals equal what the buyer saw.</summary>
public class PurchaseOrder : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Number;

    private readonly List<PurchaseOrderLine> _lines = [];
    private readonly List<PurchaseOrderShipment> _shipments = [];

    private PurchaseOrder() { }

    public PurchaseOrder(int institutionId, Enterprise enterprise, string buyerId, PurchaseMethod method, int? quoteId,
        string deliveryPlace, DateOnly deliveryDate, IEnumerable<PurchaseOrderLine> lines, DateTime nowUtc)
    {
        InstitutionId = institutionId;
        EnterpriseId = enterprise.Id;
        EnterpriseType = enterprise.Type;
        CertificationExpiresOn = enterprise.CertificationExpiresOn;
        BuyerId = buyerId;
        Method = method;
        QuoteId = quoteId;
        DeliveryPlace = deliveryPlace.Trim();
        DeliveryDate = deliveryDate;
        CreatedAtUtc = nowUtc;
        _lines.AddRange(lines);
        if (_lines.Count == 0 || _lines.Any(l => l.Quantity <= 0)) throw new DomainException(ErrorCodes.InvalidQuantity);
        Status = PurchaseOrderStatus.PendingApproval;
        // Flagged when the certification lapses before the goods arrive: the purchase may not count.
        CertificationExpiresBeforeDelivery = CertificationExpiresOn is { } expires && expires < deliveryDate;
    }

    public int Id { get; private set; }
    public int InstitutionId { get; private set; }
    public int EnterpriseId { get; private set; }
    /// <summary>The enterprise's type and certification when the order was written, for the record.</summary>
    public EnterpriseType EnterpriseType { get; private set; }
    public DateOnly? CertificationExpiresOn { get; private set; }
    public bool CertificationExpiresBeforeDelivery { get; private set; }
    /// <summary>Set when the supply amount is above the single-quote cap of the day; the buyer's written reason goes with it.</summary>
    public long? SingleQuoteCapWon { get; private set; }
    public string? CapExceededReason { get; private set; }
    /// <summary>The enterprise's SVI grade and its year when the order was written, and the buyer's
    /// reason for ordering from a firm graded 미흡 or below (where the rule warns rather than blocks).</summary>
    public SviGrade? SviGrade { get; private set; }
    public int? SviYear { get; private set; }
    public string? LowSviReason { get; private set; }
    public string BuyerId { get; private set; } = "";
    public PurchaseMethod Method { get; private set; }
    public int? QuoteId { get; private set; }
    public string DeliveryPlace { get; private set; } = "";
    public DateOnly DeliveryDate { get; private set; }
    public PurchaseOrderStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public string? ApproverId { get; private set; }
    public DateTime? ApprovedAtUtc { get; private set; }
    public string? ApprovalRejectedReason { get; private set; }
    public DateTime? ConfirmedAtUtc { get; private set; }
    public string? DeclineReason { get; private set; }
    public DateTime? InspectedAtUtc { get; private set; }
    public string? InspectedById { get; private set; }
    public string? InspectionNote { get; private set; }
    /// <summary>Whether the accepted amount counts toward the preferential-purchase results: the
    /// enterprise's certification was valid on the day of inspection.</summary>
    public bool CountsTowardResults { get; private set; }
    /// <summary>Optimistic concurrency: buyer, approver and enterprise act on the same order.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<PurchaseOrderLine> Lines => _lines;
    public IReadOnlyList<PurchaseOrderShipment> Shipments => _shipments;

    public string Number => NumberOf(Id, CreatedAtUtc);

    /// <summary><c>PO-2026-000123</c>: the Korean year it was written and its id.</summary>
    public static string NumberOf(int id, DateTime createdAtUtc) => $"PO-{KoreaTime.ToKorea(createdAtUtc).Year}-{id:D6}";

    public Won Supply => new(_lines.Sum(l => l.Quantity * l.UnitSupplyWon));
    public Won Vat => new(_lines.Sum(l => l.Quantity * l.UnitVatWon));
    public Won Total => Supply + Vat;
    public Won AcceptedSupply => new(_lines.Sum(l => l.AcceptedQuantity * l.UnitSupplyWon));
    public Won AcceptedVat => new(_lines.Sum(l => l.AcceptedQuantity * l.UnitVatWon));
    public Won AcceptedTotal => AcceptedSupply + AcceptedVat;

    /// <summary>The enterprise sees an order only once the institution has approved it: written as a
    /// query expression, so that the database filters by it (OrderScope) and code can ask it too.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<PurchaseOrder, bool>> VisibleToEnterprise =
        o => o.Status != PurchaseOrderStatus.PendingApproval && o.Status != PurchaseOrderStatus.ApprovalRejected;

    private static readonly Func<PurchaseOrder, bool> IsVisible = VisibleToEnterprise.Compile();

    public bool IsVisibleToEnterprise => IsVisible(this);

    /// <summary>Above the cap (compared with the supply amount, VAT excluded, as the contract law's
    /// estimated price is) a competitive procedure is needed; going on takes a written reason.</summary>
    public void CheckSingleQuoteCap(long capWon, string? reason)
    {
        if (Supply.Amount <= capWon) return;
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(ErrorCodes.SingleQuoteCapExceeded, $"{Supply.Amount} > {capWon}");
        SingleQuoteCapWon = capWon;
        CapExceededReason = reason.Trim();
    }

    /// <summary>From 2026 firms graded 미흡 or below are to be excluded from public purchasing: the
    /// order is refused, or goes on with the buyer's written reason, as the operator's rule says.</summary>
    public void CheckSvi(SviGrade? grade, int? year, LowSviRule rule, string? reason)
    {
        (SviGrade, SviYear) = (grade, year);
        if (grade is not { } g || !g.IsBelowPublicPurchasing()) return;
        if (rule == LowSviRule.Block) throw new DomainException(ErrorCodes.LowSviBlocked, $"{g}");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(ErrorCodes.LowSviReasonRequired, $"{g}");
        LowSviReason = reason.Trim();
    }

    public void Approve(string approverId, DateTime nowUtc)
    {
        EnsureStatus(PurchaseOrderStatus.PendingApproval, PurchaseOrderStatus.Placed);
        // Internal control: whoever wrote the order does not approve it.
        if (approverId == BuyerId) throw new DomainException(ErrorCodes.OwnOrderApproval);
        ApproverId = approverId;
        ApprovedAtUtc = nowUtc;
        Status = PurchaseOrderStatus.Placed;
        Version++;
    }

    public void RejectApproval(string approverId, string reason, DateTime nowUtc)
    {
        EnsureStatus(PurchaseOrderStatus.PendingApproval, PurchaseOrderStatus.ApprovalRejected);
        ApproverId = approverId;
        ApprovedAtUtc = nowUtc;
        ApprovalRejectedReason = reason.Trim();
        Status = PurchaseOrderStatus.ApprovalRejected;
        Version++;
    }

    public void Confirm(DateTime nowUtc)
    {
        EnsureStatus(PurchaseOrderStatus.Placed, PurchaseOrderStatus.Confirmed);
        ConfirmedAtUtc = nowUtc;
        Status = PurchaseOrderStatus.Confirmed;
        Version++;
    }

    public void Decline(string reason, DateTime nowUtc)
    {
        EnsureStatus(PurchaseOrderStatus.Placed, PurchaseOrderStatus.Declined);
        ConfirmedAtUtc = nowUtc;
        DeclineReason = reason.Trim();
        Status = PurchaseOrderStatus.Declined;
        Version++;
    }

    /// <summary>One delivery of some or all of what is still to ship, by line id.</summary>
    public PurchaseOrderShipment Ship(IReadOnlyDictionary<int, int> quantities, string carrier, string trackingNumber, DateTime nowUtc,
        DeliveryMethod method = DeliveryMethod.Courier)
    {
        if (method == DeliveryMethod.Courier && (string.IsNullOrWhiteSpace(carrier) || string.IsNullOrWhiteSpace(trackingNumber)))
            throw new DomainException(ErrorCodes.TrackingNumberRequired);
        if (method != DeliveryMethod.Courier) (carrier, trackingNumber) = ("", "");
        if (Status is not (PurchaseOrderStatus.Confirmed or PurchaseOrderStatus.PartlyShipped))
            throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> shipment");
        var shipped = quantities.Where(q => q.Value != 0).ToList();
        if (shipped.Count == 0) throw new DomainException(ErrorCodes.InvalidQuantity);
        foreach (var (lineId, quantity) in shipped)
        {
            var line = _lines.FirstOrDefault(l => l.Id == lineId) ?? throw new DomainException(ErrorCodes.InvalidQuantity, $"line {lineId}");
            if (quantity < 0 || quantity > line.Quantity - line.ShippedQuantity)
                throw new DomainException(ErrorCodes.ShipmentAboveOrdered, line.Name);
            line.AddShipped(quantity);
        }
        var shipment = new PurchaseOrderShipment(carrier.Trim(), trackingNumber.Trim(), nowUtc, shipped.Select(s => new ShipmentLine(s.Key, s.Value)), method);
        _shipments.Add(shipment);
        Status = _lines.All(l => l.ShippedQuantity == l.Quantity) ? PurchaseOrderStatus.Delivered : PurchaseOrderStatus.PartlyShipped;
        Version++;
        return shipment;
    }

    /// <summary>검수: the accepted quantity of each line, by line id. Accepting less than was delivered
    /// takes a reason; accepting nothing rejects the delivery.</summary>
    public void Inspect(IReadOnlyDictionary<int, int> accepted, string? note, bool certifiedToday, DateTime nowUtc, string? inspectorId = null)
    {
        EnsureStatus(PurchaseOrderStatus.Delivered, PurchaseOrderStatus.Inspected);
        foreach (var line in _lines)
        {
            var quantity = accepted.TryGetValue(line.Id, out var q) ? q : line.ShippedQuantity;
            if (quantity < 0 || quantity > line.ShippedQuantity) throw new DomainException(ErrorCodes.AcceptedAboveDelivered, line.Name);
            line.Accept(quantity);
        }
        var partial = _lines.Any(l => l.AcceptedQuantity < l.ShippedQuantity);
        if (partial && string.IsNullOrWhiteSpace(note)) throw new DomainException(ErrorCodes.InspectionReasonRequired);
        InspectionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        InspectedAtUtc = nowUtc;
        InspectedById = inspectorId;
        var anyAccepted = _lines.Any(l => l.AcceptedQuantity > 0);
        Status = anyAccepted ? PurchaseOrderStatus.Inspected : PurchaseOrderStatus.InspectionRejected;
        CountsTowardResults = anyAccepted && certifiedToday;
        Version++;
    }

    /// <summary>Each accepted line takes its share of the seller's figures for the year of inspection,
    /// once; a line with nothing accepted carries nothing.</summary>
    public void AttributeSocialValue(Enterprises.SocialValueYear? figuresOfInspectionYear)
    {
        if (Status != PurchaseOrderStatus.Inspected) return;
        if (figuresOfInspectionYear is { } f && f.EnterpriseId != EnterpriseId) throw new ArgumentException("Another enterprise's figures.");
        foreach (var line in _lines.Where(l => l.AcceptedQuantity > 0)) line.Attribute(figuresOfInspectionYear);
    }

    private void EnsureStatus(PurchaseOrderStatus expected, PurchaseOrderStatus next)
    {
        if (Status != expected) throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> {next}");
    }
}

public class PurchaseOrderLine
{
    private PurchaseOrderLine() { }

    /// <summary>A line at a VAT-inclusive unit price (a listing's price or tier), split the way the catalog shows it.</summary>
    public static PurchaseOrderLine AtInclusivePrice(int? productId, string name, ProductKind kind, int quantity, Won unitPrice)
    {
        var (supply, vat) = unitPrice.SplitVat();
        return new PurchaseOrderLine(productId, name, kind, quantity, supply.Amount, vat.Amount);
    }

    /// <summary>A line at a quoted unit supply price; VAT is 10% of it, rounded down to whole won.</summary>
    public static PurchaseOrderLine AtSupplyPrice(string name, ProductKind kind, int quantity, long unitSupplyWon) =>
        new(null, name, kind, quantity, unitSupplyWon, UnitVatOf(unitSupplyWon));

    public static long UnitVatOf(long unitSupplyWon) => unitSupplyWon / 10;

    private PurchaseOrderLine(int? productId, string name, ProductKind kind, int quantity, long unitSupplyWon, long unitVatWon)
    {
        if (unitSupplyWon < 0) throw new DomainException(ErrorCodes.NegativePrice);
        ProductId = productId;
        Name = name;
        Kind = kind;
        Quantity = quantity;
        UnitSupplyWon = unitSupplyWon;
        UnitVatWon = unitVatWon;
    }

    public int Id { get; private set; }
    public int PurchaseOrderId { get; private set; }
    public int? ProductId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>Goods or services: the results report counts them apart.</summary>
    public ProductKind Kind { get; private set; }
    public int Quantity { get; private set; }
    public long UnitSupplyWon { get; private set; }
    public long UnitVatWon { get; private set; }
    public int ShippedQuantity { get; private set; }
    public int AcceptedQuantity { get; private set; }

    public long SupplyWon => Quantity * UnitSupplyWon;
    public long VatWon => Quantity * UnitVatWon;

    public long AcceptedWon => AcceptedQuantity * (UnitSupplyWon + UnitVatWon);
    /// <summary>The accepted amount's share of the enterprise's social value, fixed once at inspection.</summary>
    public Enterprises.SocialValueShare? SocialValue { get; private set; }

    internal void Attribute(Enterprises.SocialValueYear? figures) => SocialValue ??= figures?.ShareOf(new Won(AcceptedWon));

    internal void AddShipped(int quantity) => ShippedQuantity += quantity;
    internal void Accept(int quantity) => AcceptedQuantity = quantity;
}

/// <summary>How a delivery reached the institution: by a carrier with a tracking number, handed over
/// in person (직접 납품), or a service completed on site (서비스 완료).</summary>
public enum DeliveryMethod { Courier, InPerson, ServiceCompleted }

/// <summary>One delivery (납품) of a purchase order.</summary>
public class PurchaseOrderShipment
{
    private readonly List<ShipmentLine> _lines = [];

    private PurchaseOrderShipment() { }

    public PurchaseOrderShipment(string carrier, string trackingNumber, DateTime shippedAtUtc, IEnumerable<ShipmentLine> lines,
        DeliveryMethod method = DeliveryMethod.Courier)
    {
        Method = method;
        Carrier = carrier;
        TrackingNumber = trackingNumber;
        ShippedAtUtc = shippedAtUtc;
        _lines.AddRange(lines);
    }

    public int Id { get; private set; }
    public int PurchaseOrderId { get; private set; }
    public string Carrier { get; private set; } = "";
    public string TrackingNumber { get; private set; } = "";
    public DeliveryMethod Method { get; private set; }
    public DateTime ShippedAtUtc { get; private set; }
    public IReadOnlyList<ShipmentLine> Lines => _lines;
}

public sealed record ShipmentLine(int LineId, int Quantity);
