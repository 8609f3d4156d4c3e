using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Procurement;

namespace Marketplace.Web.Features.Procurement.Orders;

/// <summary>A purchase order as its three readers (institution, enterprise, operator) see it: state, checks,
/// lines, shipments and inspection. Copied from the aggregate after its rules have run, so the figures and
/// flags are the aggregate's own.</summary>
public sealed class PurchaseOrderView
{
    public int Id { get; init; }
    public string Number { get; init; } = "";
    public PurchaseOrderStatus Status { get; init; }
    public EnterpriseType EnterpriseType { get; init; }
    public PurchaseMethod Method { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? ApprovedAtUtc { get; init; }
    public string DeliveryPlace { get; init; } = "";
    public DateOnly DeliveryDate { get; init; }
    public DateOnly? CertificationExpiresOn { get; init; }
    public bool CertificationExpiresBeforeDelivery { get; init; }
    public long? SingleQuoteCapWon { get; init; }
    public string? CapExceededReason { get; init; }
    public SviGrade? SviGrade { get; init; }
    public int? SviYear { get; init; }
    public string? LowSviReason { get; init; }
    public string? ApprovalRejectedReason { get; init; }
    public string? DeclineReason { get; init; }
    public DateTime? InspectedAtUtc { get; init; }
    public string? InspectionNote { get; init; }
    public bool CountsTowardResults { get; init; }
    public Won Supply { get; init; }
    public Won Vat { get; init; }
    public Won Total { get; init; }
    public Won AcceptedTotal { get; init; }
    public IReadOnlyList<LineView> Lines { get; init; } = [];
    public IReadOnlyList<ShipmentView> Shipments { get; init; } = [];

    public sealed class LineView
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public ProductKind Kind { get; init; }
        public int Quantity { get; init; }
        public long UnitSupplyWon { get; init; }
        public long UnitVatWon { get; init; }
        public long SupplyWon { get; init; }
        public int ShippedQuantity { get; init; }
        public int AcceptedQuantity { get; init; }
    }

    public sealed class ShipmentView
    {
        public DateTime ShippedAtUtc { get; init; }
        public string Carrier { get; init; } = "";
        public string TrackingNumber { get; init; } = "";
        public DeliveryMethod Method { get; init; }
        public IReadOnlyList<ShipmentLine> Lines { get; init; } = [];
    }
}

/// <summary>The invoice an inspection issued, with the transfers recorded against it.</summary>
public sealed class InvoiceView
{
    public int Id { get; init; }
    public string Number { get; init; } = "";
    public string SupplierName { get; init; } = "";
    public string SupplierRegistrationNumber { get; init; } = "";
    public string BuyerName { get; init; } = "";
    public string BuyerRegistrationNumber { get; init; } = "";
    public DateOnly IssuedOn { get; init; }
    public DateOnly DueOn { get; init; }
    public long SupplyWon { get; init; }
    public long VatWon { get; init; }
    public long TotalWon { get; init; }
    public long PaidWon { get; init; }
    public long OutstandingWon { get; init; }
    public bool IsPaid { get; init; }
    public string? TaxApprovalNumber { get; init; }
    public IReadOnlyList<PaymentView> Payments { get; init; } = [];

    public sealed class PaymentView
    {
        public DateOnly PaidOn { get; init; }
        public string Reference { get; init; } = "";
        public long AmountWon { get; init; }
        public InvoicePaymentMethod Method { get; init; }
    }
}

public sealed class PurchaseOrderViewProfile : AutoMapper.Profile
{
    public PurchaseOrderViewProfile()
    {
        CreateMap<PurchaseOrderLine, PurchaseOrderView.LineView>();
        CreateMap<PurchaseOrderShipment, PurchaseOrderView.ShipmentView>();
        CreateMap<PurchaseOrder, PurchaseOrderView>();
        CreateMap<InvoicePayment, InvoiceView.PaymentView>();
        CreateMap<Invoice, InvoiceView>();
    }
}
