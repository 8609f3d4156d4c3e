using Marketplace.Domain.Common;

namespace Marketplace.Domain.Ordering;

/// <summary>A return for a refund, or an exchange for the same item again.</summary>
public enum ReturnKind { Return, Exchange }

/// <summary>Why: the shopper's change of mind (the shopper pays the return trip), or the enterprise's fault (it pays).</summary>
public enum ReturnReason { ChangedMind, Defective, WrongItem }

public enum ReturnStatus { Requested, Accepted, Refused, Completed }

/// <summary>청약철회 or 교환 of some items of a delivered order (전자상거래법 §17): requested by the shopper with a reason and
/// the quantities, accepted by the enterprise with a pick-up or refused with its reason, completed when the goods are back.
/// Its order holds the rules (<see cref="Order.RequestReturn"/>); this holds the steps, for the order's timeline.</summary>
public class ReturnRequest : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => $"RT-{Id}";

    private readonly List<ReturnLine> _lines = [];

    /// <summary>청약철회 by change of mind: 7 days from delivery (§17 ①).</summary>
    public const int ChangeOfMindDays = 7;
    /// <summary>Goods not as described or defective: 3 months from delivery (§17 ③).</summary>
    public const int FaultDays = 90;
    public const int MaxTextLength = 1000;

    private ReturnRequest() { }

    internal ReturnRequest(Order order, ReturnKind kind, ReturnReason reason, string details, IEnumerable<ReturnLine> lines, DateTime nowUtc)
    {
        OrderId = order.Id;
        MemberId = order.MemberId;
        EnterpriseId = order.EnterpriseId;
        Kind = kind;
        Reason = reason;
        Details = details;
        _lines.AddRange(lines);
        Status = ReturnStatus.Requested;
        RequestedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int OrderId { get; private set; }
    public string MemberId { get; private set; } = "";
    public int EnterpriseId { get; private set; }
    public ReturnKind Kind { get; private set; }
    public ReturnReason Reason { get; private set; }
    public string Details { get; private set; } = "";
    public ReturnStatus Status { get; private set; }
    public DateTime RequestedAtUtc { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? PickupCarrier { get; private set; }
    public string? PickupTrackingNumber { get; private set; }
    public string? RefusalReason { get; private set; }
    public DateTime? CompletedAtUtc { get; private set; }
    /// <summary>What went back to the shopper's card, and what the return trip (and a waived first trip) cost them.</summary>
    public long RefundWon { get; private set; }
    /// <summary>The returned goods at their price: what the sales figures take back.</summary>
    public long GoodsWon { get; private set; }
    public long ShopperShippingWon { get; private set; }
    /// <summary>The exchanged item's parcel, for an exchange.</summary>
    public string? ReshipCarrier { get; private set; }
    public string? ReshipTrackingNumber { get; private set; }
    public IReadOnlyList<ReturnLine> Lines => _lines;

    public bool IsOpen => Status is ReturnStatus.Requested or ReturnStatus.Accepted;
    /// <summary>Change of mind is the shopper's to pay for; a defect or a wrong item is the enterprise's.</summary>
    public bool ShopperPaysShipping => Reason == ReturnReason.ChangedMind;

    internal void Accept(string carrier, string pickupTrackingNumber, DateTime nowUtc)
    {
        Require(ReturnStatus.Requested);
        PickupCarrier = carrier.Trim();
        PickupTrackingNumber = pickupTrackingNumber.Trim();
        Status = ReturnStatus.Accepted;
        DecidedAtUtc = nowUtc;
    }

    internal void Refuse(string reason, DateTime nowUtc)
    {
        Require(ReturnStatus.Requested);
        var trimmed = reason.Trim();
        if (trimmed.Length is 0 or > MaxTextLength) throw new DomainException(ErrorCodes.DeclineReasonRequired, trimmed.Length.ToString());
        RefusalReason = trimmed;
        Status = ReturnStatus.Refused;
        DecidedAtUtc = nowUtc;
    }

    internal void Complete(long goodsWon, long refundWon, long shopperShippingWon, string? reshipCarrier, string? reshipTracking, DateTime nowUtc)
    {
        Require(ReturnStatus.Accepted);
        GoodsWon = goodsWon;
        RefundWon = refundWon;
        ShopperShippingWon = shopperShippingWon;
        ReshipCarrier = reshipCarrier?.Trim();
        ReshipTrackingNumber = reshipTracking?.Trim();
        Status = ReturnStatus.Completed;
        CompletedAtUtc = nowUtc;
    }

    private void Require(ReturnStatus expected)
    {
        if (Status != expected) throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} (expected {expected})");
    }
}

/// <summary>How many of one order line go back.</summary>
public sealed record ReturnLine(int OrderLineId, int Quantity);
