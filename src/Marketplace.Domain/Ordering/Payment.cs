using Marketplace.Domain.Common;

namespace Marketplace.Domain.Ordering;

public enum PaymentStatus { Pending, Paid, Failed, Expired, Cancelled, Refunded }

/// <summary>What a gateway's word did to a payment, for the caller to act on (stock, sales, orders).</summary>
public enum PaymentChange
{
    /// <summary>Nothing: a replay, or an outcome that came after a later one.</summary>
    None,
    /// <summary>Pending, now paid: the reserved stock is sold.</summary>
    Paid,
    /// <summary>Paid after we had released it (expired or cancelled here first): its stock must be taken again.</summary>
    PaidAfterRelease,
    /// <summary>Pending, now failed, expired or cancelled: the reserved stock goes back.</summary>
    Closed,
    PartlyRefunded,
    FullyRefunded,
}

/// <summary>One checkout's payment, or one card payment of a procurement invoice. A checkout's pays
/// for one order per enterprise in the cart; while it is pending, the orders' stock is reserved. Only the gateway's confirmation (a verified webhook, or
/// the simulated gateway's approval) marks it paid, never the shopper's return to the site.</summary>
public class Payment : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Id.ToString("N")[..8];

    private Payment() { }

    public Payment(Guid id, string memberId, string gateway, Won amount, DateTime createdAtUtc, DateTime expiresAtUtc, int? invoiceId = null)
    {
        InvoiceId = invoiceId;
        if (amount.Amount <= 0) throw new DomainException(ErrorCodes.InvalidAmount, amount.ToString());
        Id = id;
        MemberId = memberId;
        Gateway = gateway;
        AmountWon = amount.Amount;
        CreatedAtUtc = createdAtUtc;
        ExpiresAtUtc = expiresAtUtc;
        Status = PaymentStatus.Pending;
    }

    public Guid Id { get; private set; }
    public string MemberId { get; private set; } = "";
    /// <summary>Set when the payment is an institution's card payment of a procurement invoice (후청구)
    /// rather than a checkout's; it then pays no order.</summary>
    public int? InvoiceId { get; private set; }
    /// <summary>Which gateway took the payment: "stripe" or "simulated".</summary>
    public string Gateway { get; private set; } = "";
    public long AmountWon { get; private set; }
    public Won Amount => new(AmountWon);
    public PaymentStatus Status { get; private set; }
    /// <summary>The gateway's checkout session, once it is created.</summary>
    public string? SessionId { get; private set; }
    public string? SessionUrl { get; private set; }
    /// <summary>The gateway's handle for refunds (Stripe's payment_intent).</summary>
    public string? PaymentIntentId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? SettledAtUtc { get; private set; }
    public long RefundedWon { get; private set; }

    public bool IsPending => Status == PaymentStatus.Pending;

    /// <summary>Whether a gateway's report is about this payment as we made it: the same gateway, the
    /// session we opened (once we know it), and the whole amount in won. A signed event that says
    /// otherwise (amount_total = 1 for a 74,000원 payment) must not mark it paid.</summary>
    public bool IsDescribedBy(string gateway, string? sessionId, long? amountTotal, string? currency) =>
        gateway == Gateway
        && (SessionId is null || sessionId == SessionId)
        && amountTotal == AmountWon
        && string.Equals(currency, "krw", StringComparison.OrdinalIgnoreCase);

    /// <summary>A refund report is possible for this payment: never more than was paid.</summary>
    public bool CanHaveRefundedTotal(long refundedTotal) => refundedTotal >= 0 && refundedTotal <= AmountWon;

    public void AttachSession(string sessionId, string sessionUrl)
    {
        SessionId = sessionId;
        SessionUrl = sessionUrl;
    }

    /// <summary>The gateway took the money. Events come late and out of order: a payment already paid
    /// (or refunded since) stays as it is; one we had released is paid all the same, and says so.</summary>
    public PaymentChange MarkPaid(string? paymentIntentId, DateTime nowUtc)
    {
        if (Status is PaymentStatus.Paid or PaymentStatus.Refunded) return PaymentChange.None;
        var released = !IsPending;
        Status = PaymentStatus.Paid;
        PaymentIntentId = paymentIntentId ?? PaymentIntentId;
        SettledAtUtc = nowUtc;
        return released ? PaymentChange.PaidAfterRelease : PaymentChange.Paid;
    }

    /// <summary>Ends a pending payment without money taken: failed, expired or cancelled. A payment
    /// that is no longer pending (paid meanwhile, or already closed) is left as it is.</summary>
    public PaymentChange Close(PaymentStatus outcome, DateTime nowUtc)
    {
        if (outcome is not (PaymentStatus.Failed or PaymentStatus.Expired or PaymentStatus.Cancelled))
            throw new ArgumentOutOfRangeException(nameof(outcome));
        if (!IsPending) return PaymentChange.None;
        Status = outcome;
        SettledAtUtc = nowUtc;
        return PaymentChange.Closed;
    }

    /// <summary>Records money given back; the gateway's report of the total refunded is the truth,
    /// so a replayed or late report never counts twice. A payment never paid has nothing to refund.</summary>
    public PaymentChange RecordRefundedTotal(Won refundedTotal)
    {
        if (Status is not (PaymentStatus.Paid or PaymentStatus.Refunded)) return PaymentChange.None;
        if (refundedTotal.Amount > AmountWon) throw new DomainException(ErrorCodes.InvalidAmount, refundedTotal.ToString());
        RefundedWon = Math.Max(RefundedWon, refundedTotal.Amount);
        if (RefundedWon == AmountWon) Status = PaymentStatus.Refunded;
        return Status == PaymentStatus.Refunded ? PaymentChange.FullyRefunded : PaymentChange.PartlyRefunded;
    }
}
