using Marketplace.Domain.Common;

namespace Marketplace.Domain.Ordering;

/// <summary>Confirmed: 구매확정, by the shopper or by itself some days after delivery; from then the sale is the enterprise's to settle.</summary>
public enum OrderStatus { PendingPayment, Paid, Preparing, Shipped, Delivered, Cancelled, Refunded, Confirmed }

/// <summary>What one enterprise must deliver from one checkout. A checkout with products of three
/// enterprises makes three orders under one <see cref="Payment"/>.</summary>
public class Order : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Number;

    private readonly List<OrderLine> _lines = [];

    private Order() { }

    public Order(Guid paymentId, string memberId, int enterpriseId, ShippingAddress address, DateTime createdAtUtc)
    {
        PaymentId = paymentId;
        MemberId = memberId;
        EnterpriseId = enterpriseId;
        ShipTo = address;
        CreatedAtUtc = createdAtUtc;
        Status = OrderStatus.PendingPayment;
        Version++;
    }

    public int Id { get; private set; }
    public Guid PaymentId { get; private set; }
    public string MemberId { get; private set; } = "";
    public int EnterpriseId { get; private set; }
    public OrderStatus Status { get; private set; }
    public ShippingAddress ShipTo { get; private set; } = null!;
    /// <summary>The goods, VAT included; shipping is kept apart (<see cref="ShippingWon"/>, <see cref="RemoteShippingWon"/>).</summary>
    public long TotalWon { get; private set; }
    public Won Total => new(TotalWon);
    /// <summary>The base fee (unless the goods reached the threshold) and the listings' own fees.</summary>
    public long ShippingWon { get; private set; }
    /// <summary>The 제주 or 도서산간 extra of the address.</summary>
    public long RemoteShippingWon { get; private set; }
    /// <summary>The enterprise's policy at checkout, kept for returns: the base fee and the threshold, and whether it waived the fee.</summary>
    public long BaseShippingFeeWon { get; private set; }
    public long? FreeShippingOverWon { get; private set; }
    public bool FreeShippingApplied { get; private set; }
    /// <summary>Refunded by completed returns (a whole cancellation refunds <see cref="ChargedWon"/> and marks it refunded).</summary>
    public long ReturnRefundedWon { get; private set; }
    /// <summary>A return or exchange is under way: the purchase is not confirmed until it ends.</summary>
    public bool ReturnOpen { get; private set; }
    /// <summary>What the shopper paid for this order: goods and shipping.</summary>
    public long ChargedWon => TotalWon + ShippingWon + RemoteShippingWon;
    public Won Charged => new(ChargedWon);
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? PaidAtUtc { get; private set; }
    public DateTime? ShippedAtUtc { get; private set; }
    public DateTime? DeliveredAtUtc { get; private set; }
    /// <summary>구매확정: when the purchase was confirmed; settlement counts the order in that month (KST).</summary>
    public DateTime? ConfirmedAtUtc { get; private set; }
    /// <summary>Confirmed by itself, the shopper not having done so within the days after delivery.</summary>
    public bool ConfirmedAutomatically { get; private set; }
    public DateTime? CancelledAtUtc { get; private set; }
    /// <summary>Why the shopper cancelled (one of <see cref="CancellationReasons"/>), for the enterprise to read.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>Set when the enterprise cancelled the order because it cannot supply it: its words, shown to the shopper.</summary>
    public string? EnterpriseCancellationNote { get; private set; }

    public const int MaxEnterpriseNoteLength = 500;

    /// <summary>The reasons a shopper may give, as codes the pages show in the reader's language.</summary>
    public static readonly IReadOnlyList<string> CancellationReasons = ["ChangedMind", "OrderedByMistake", "TooSlow", "ReorderingOther", "Other"];
    public string? Carrier { get; private set; }
    public string? TrackingNumber { get; private set; }
    /// <summary>Goes up with every change of status: a shopper cancelling while the enterprise ships
    /// makes one of the two saves fail instead of one silently overwriting the other.</summary>
    public int Version { get; private set; }
    public IReadOnlyList<OrderLine> Lines => _lines;

    /// <summary>Shown to shoppers and enterprises: the Korean date of the order and its id.</summary>
    public string Number => NumberOf(Id, CreatedAtUtc);

    /// <summary>The order number shoppers and sellers quote: the Korean day it was placed and the id.</summary>
    public static string NumberOf(int id, DateTime createdAtUtc) => $"{KoreaTime.ToKorea(createdAtUtc):yyyyMMdd}-{id:D6}";

    /// <summary>Before shipment the shopper may still cancel; the money goes back at once.</summary>
    public bool CanBeCancelledByShopper => ShopperMayCancel(Status);

    /// <inheritdoc cref="CanBeCancelledByShopper"/>
    public static bool ShopperMayCancel(OrderStatus status) => status is OrderStatus.Paid or OrderStatus.Preparing;

    /// <summary>The member withdrew: the order stays (for the enterprise's books and the law's five years),
    /// its recipient's name, phone and address move to the retained records.</summary>
    public void ForgetRecipient() => ShipTo = ShippingAddress.Withdrawn;

    public void AddLine(int productId, string productName, Won unitPrice, int quantity) => AddLine(productId, null, null, productName, unitPrice, quantity);

    /// <summary>A line of one option of a product: the option's name is copied like the product's.</summary>
    public void AddLine(int productId, int? optionId, string? optionName, string productName, Won unitPrice, int quantity)
    {
        if (quantity < 1) throw new DomainException(ErrorCodes.InvalidQuantity, quantity.ToString());
        _lines.Add(new OrderLine(productId, productName, unitPrice.Amount, quantity) { OptionId = optionId, OptionName = optionName });
        TotalWon = checked(TotalWon + unitPrice.Amount * quantity);
    }

    /// <summary>The shipping the checkout computed for this order, with the policy it followed.</summary>
    public void ChargeShipping(ShippingPolicy policy, ShippingQuote quote)
    {
        if (Status != OrderStatus.PendingPayment) throw new DomainException(ErrorCodes.InvalidStatusChange, Status.ToString());
        ShippingWon = quote.FeeWon;
        RemoteShippingWon = quote.RemoteWon;
        BaseShippingFeeWon = policy.BaseFeeWon;
        FreeShippingOverWon = policy.FreeOverWon;
        FreeShippingApplied = quote.FreeShippingApplied;
    }

    /// <summary>청약철회 or 교환 of some of the order's items: once delivered, within 7 days for a change of mind and 3 months
    /// for a fault, for no more than was bought and not yet returned, one request at a time. An exchange is for a fault only:
    /// a shopper who changed their mind returns the item and orders another.</summary>
    public ReturnRequest RequestReturn(ReturnKind kind, ReturnReason reason, string details, IReadOnlyDictionary<int, int> quantityByLine, DateTime nowUtc)
    {
        if (!ArrivedWith(Status) || DeliveredAtUtc is not { } delivered) throw new DomainException(ErrorCodes.ReturnNotAllowed, Status.ToString());
        if (!Enum.IsDefined(kind) || !Enum.IsDefined(reason)) throw new DomainException(ErrorCodes.ReturnReasonRequired);
        if (ReturnOpen) throw new DomainException(ErrorCodes.ReturnAlreadyOpen);
        if (kind == ReturnKind.Exchange && reason == ReturnReason.ChangedMind) throw new DomainException(ErrorCodes.ExchangeNeedsFault);
        if (ReturnDeadline(delivered, reason) < KoreaTime.DayOf(nowUtc)) throw new DomainException(ErrorCodes.ReturnPeriodOver, reason.ToString());
        var trimmed = details.Trim();
        if (trimmed.Length > ReturnRequest.MaxTextLength) throw new DomainException(ErrorCodes.ReturnReasonRequired, trimmed.Length.ToString());
        var lines = new List<ReturnLine>();
        foreach (var (lineId, quantity) in quantityByLine.Where(q => q.Value != 0))
        {
            var line = _lines.FirstOrDefault(l => l.Id == lineId);
            if (line is null || quantity < 0 || quantity > line.Quantity - line.ReturnedQuantity)
                throw new DomainException(ErrorCodes.ReturnQuantityInvalid, $"{lineId}:{quantity}");
            lines.Add(new ReturnLine(lineId, quantity));
        }
        if (lines.Count == 0) throw new DomainException(ErrorCodes.ReturnQuantityInvalid);
        ReturnOpen = true;
        Version++;
        return new ReturnRequest(this, kind, reason, trimmed, lines, nowUtc);
    }

    /// <summary>The last Korean day on which a return for this reason may be asked.</summary>
    public static DateOnly ReturnDeadline(DateTime deliveredAtUtc, ReturnReason reason) =>
        KoreaTime.DayOf(deliveredAtUtc).AddDays(reason == ReturnReason.ChangedMind ? ReturnRequest.ChangeOfMindDays : ReturnRequest.FaultDays);

    /// <summary>The enterprise accepts and books the pick-up.</summary>
    public void AcceptReturn(ReturnRequest request, string carrier, string pickupTrackingNumber, DateTime nowUtc)
    {
        RequireOwn(request);
        request.Accept(carrier, pickupTrackingNumber, nowUtc);
        Version++;
    }

    /// <summary>The goods already returned, at their prices.</summary>
    public long ReturnedGoodsWon => _lines.Sum(l => l.UnitPriceWon * l.ReturnedQuantity);

    public void RefuseReturn(ReturnRequest request, string reason, DateTime nowUtc)
    {
        RequireOwn(request);
        request.Refuse(reason, nowUtc);
        ReturnOpen = false;
        Version++;
    }

    /// <summary>The goods are back: an exchange ships again (no money moves); a return refunds, by these rules —
    /// <list type="bullet">
    /// <item>the enterprise's fault: the goods, and the shipping too once every item has come back;</item>
    /// <item>a change of mind: the goods less the return trip (the base fee and the area's extra), and less the first trip too
    /// when the goods left fall below the threshold that had made it free.</item>
    /// </list>Never below nothing, never more than is left to refund.</summary>
    /// <returns>The amount to refund through the gateway.</returns>
    public long CompleteReturn(ReturnRequest request, string? reshipCarrier, string? reshipTracking, DateTime nowUtc)
    {
        RequireOwn(request);
        var goods = 0L;
        var returned = request.Lines.Select(r => (Line: _lines.First(l => l.Id == r.OrderLineId), r.Quantity)).ToList();
        if (returned.Any(r => r.Quantity > r.Line.Quantity - r.Line.ReturnedQuantity)) throw new DomainException(ErrorCodes.ReturnQuantityInvalid);
        if (request.Kind == ReturnKind.Exchange)
        {
            request.Complete(0, 0, 0, reshipCarrier, reshipTracking, nowUtc);
        }
        else
        {
            goods = returned.Sum(r => r.Line.UnitPriceWon * r.Quantity);
            var remainingGoods = _lines.Sum(l => l.UnitPriceWon * (l.Quantity - l.ReturnedQuantity)) - goods;
            long shopperPays = 0, shippingBack = 0;
            if (request.ShopperPaysShipping)
            {
                shopperPays = BaseShippingFeeWon + RemoteShippingWon;
                if (FreeShippingApplied && remainingGoods < FreeShippingOverWon) shopperPays += BaseShippingFeeWon;
            }
            else if (remainingGoods == 0) shippingBack = ShippingWon + RemoteShippingWon;
            var refund = Math.Clamp(goods - shopperPays + shippingBack, 0, ChargedWon - ReturnRefundedWon);
            request.Complete(goods, refund, Math.Min(shopperPays, goods), null, null, nowUtc);
            foreach (var (line, quantity) in returned) line.ReturnedQuantity += quantity;
            ReturnRefundedWon += refund;
        }
        ReturnOpen = false;
        Version++;
        return request.RefundWon;
    }

    private void RequireOwn(ReturnRequest request)
    {
        if (request.OrderId != Id) throw new ArgumentException("Another order's return.");
    }

    /// <summary>Each line takes its share of the seller's figures for the year of payment, once:
    /// a replayed payment or a later correction of the figures leaves it as it was.</summary>
    public void AttributeSocialValue(Enterprises.SocialValueYear? figuresOfPaymentYear)
    {
        if (figuresOfPaymentYear is { } f && f.EnterpriseId != EnterpriseId) throw new ArgumentException("Another enterprise's figures.");
        foreach (var line in _lines) line.Attribute(figuresOfPaymentYear);
    }

    /// <summary>Paid; also from cancelled-unpaid, because a payment may complete after we gave up waiting.</summary>
    public void MarkPaid(DateTime nowUtc)
    {
        if (!(Status == OrderStatus.PendingPayment || (Status == OrderStatus.Cancelled && PaidAtUtc is null)))
            throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> {OrderStatus.Paid}");
        CancelledAtUtc = null;
        Status = OrderStatus.Paid;
        Version++;
        PaidAtUtc = nowUtc;
    }

    /// <summary>The payment never completed: nothing to refund, the reserved stock goes back.</summary>
    public void CancelUnpaid(DateTime nowUtc)
    {
        Require(OrderStatus.PendingPayment);
        Status = OrderStatus.Cancelled;
        Version++;
        CancelledAtUtc = nowUtc;
    }

    /// <summary>Money for this order went back to the shopper (a cancellation before shipment, or a refund).</summary>
    /// <summary>The shopper's own cancellation of a paid order not yet shipped, with the reason given.</summary>
    public void CancelByShopper(string reason, DateTime nowUtc)
    {
        if (!CancellationReasons.Contains(reason)) throw new DomainException(ErrorCodes.CancellationReasonRequired, reason);
        if (!CanBeCancelledByShopper) throw new DomainException(ErrorCodes.OrderNotCancellable, Status.ToString());
        CancellationReason = reason;
        MarkRefunded(nowUtc);
    }

    /// <summary>The enterprise cannot supply a paid order not yet shipped: it is refunded at once, with the enterprise's reason.</summary>
    public void CancelByEnterprise(string note, DateTime nowUtc)
    {
        var trimmed = note.Trim();
        if (trimmed.Length is 0 or > MaxEnterpriseNoteLength) throw new DomainException(ErrorCodes.DeclineReasonRequired, trimmed.Length.ToString());
        if (!CanBeCancelledByShopper) throw new DomainException(ErrorCodes.OrderNotCancellable, Status.ToString());
        EnterpriseCancellationNote = trimmed;
        MarkRefunded(nowUtc);
    }

    public void MarkRefunded(DateTime nowUtc)
    {
        if (Status is OrderStatus.PendingPayment or OrderStatus.Cancelled or OrderStatus.Refunded)
            throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> {OrderStatus.Refunded}");
        Status = OrderStatus.Refunded;
        Version++;
        CancelledAtUtc ??= nowUtc;
    }

    public void StartPreparing()
    {
        Require(OrderStatus.Paid);
        Status = OrderStatus.Preparing;
        Version++;
    }

    public void Ship(string carrier, string trackingNumber, DateTime nowUtc)
    {
        if (Status is not (OrderStatus.Paid or OrderStatus.Preparing))
            throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> {OrderStatus.Shipped}");
        Carrier = carrier.Trim();
        TrackingNumber = trackingNumber.Trim();
        Status = OrderStatus.Shipped;
        Version++;
        ShippedAtUtc = nowUtc;
    }

    public void MarkDelivered(DateTime nowUtc)
    {
        Require(OrderStatus.Shipped);
        Status = OrderStatus.Delivered;
        Version++;
        DeliveredAtUtc = nowUtc;
    }

    /// <summary>The shopper confirms the purchase (or it confirms itself, <paramref name="automatically"/>): only once delivered.</summary>
    public void ConfirmPurchase(DateTime nowUtc, bool automatically = false)
    {
        Require(OrderStatus.Delivered);
        if (ReturnOpen) throw new DomainException(ErrorCodes.ReturnAlreadyOpen);
        Status = OrderStatus.Confirmed;
        Version++;
        ConfirmedAtUtc = nowUtc;
        ConfirmedAutomatically = automatically;
    }

    /// <summary>Whether its lines may be reviewed: delivered, confirmed or not.</summary>
    public static bool ArrivedWith(OrderStatus status) => status is OrderStatus.Delivered or OrderStatus.Confirmed;

    private void Require(OrderStatus expected)
    {
        if (Status != expected) throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} (expected {expected})");
    }
}

/// <summary>A product as it was bought: name and unit price are copied, so later edits to the
/// listing never change an order.</summary>
public class OrderLine
{
    private OrderLine() { }

    internal OrderLine(int productId, string productName, long unitPriceWon, int quantity)
    {
        ProductId = productId;
        ProductName = productName;
        UnitPriceWon = unitPriceWon;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public int OrderId { get; private set; }
    public int ProductId { get; private set; }
    public string ProductName { get; private set; } = "";
    /// <summary>The option bought (its id and its name as it was), for a listing with options.</summary>
    public int? OptionId { get; internal init; }
    public string? OptionName { get; internal init; }
    /// <summary>The product with its option, as pages and files name the line: 수제 딸기잼 (용량: 1kg).</summary>
    public string DisplayName => OptionName is null ? ProductName : $"{ProductName} · {OptionName}";
    public long UnitPriceWon { get; private set; }
    public int Quantity { get; private set; }
    /// <summary>Units sent back by completed returns (not exchanges).</summary>
    public int ReturnedQuantity { get; internal set; }
    public Won Subtotal => new(UnitPriceWon * Quantity);
    /// <summary>This line's share of the enterprise's social value, fixed once when the order is paid.</summary>
    public Enterprises.SocialValueShare? SocialValue { get; private set; }

    internal void Attribute(Enterprises.SocialValueYear? figures) => SocialValue ??= figures?.ShareOf(Subtotal);
}

/// <summary>A gateway event already applied; its id is the primary key, so a replay cannot apply twice.</summary>
public class ProcessedPaymentEvent
{
    private ProcessedPaymentEvent() { }

    public ProcessedPaymentEvent(string eventId, string type, DateTime receivedAtUtc)
    {
        EventId = eventId;
        Type = type;
        ReceivedAtUtc = receivedAtUtc;
    }

    public string EventId { get; private set; } = "";
    public string Type { get; private set; } = "";
    public DateTime ReceivedAtUtc { get; private set; }
}
