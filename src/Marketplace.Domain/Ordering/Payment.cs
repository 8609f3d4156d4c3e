using Marketplace.Domain.Common;

namespace Marketplace.Domain.Ordering;

public enum PaymentStatus { Pending, Paid, Failed, Expired, Cancelled, Refunded }

/// <summary>One checkout's payment. It pays for one order per enterprise in the cart; while it is
/// pending, the orders' stock is reserved. Only the gateway's confirmation (a verified webhook, or
/// the simulated gateway's approval) marks it paid, never the shopper's return to the site.</summary>
public class Payment
{
    private Payment() { }

    public Payment(Guid id, string memberId, string gateway, Won amount, DateTime createdAtUtc, DateTime expiresAtUtc)
    {
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

    public void AttachSession(string sessionId, string sessionUrl)
    {
        SessionId = sessionId;
        SessionUrl = sessionUrl;
    }

    public void MarkPaid(string? paymentIntentId, DateTime nowUtc)
    {
        Status = PaymentStatus.Paid;
        PaymentIntentId = paymentIntentId ?? PaymentIntentId;
        SettledAtUtc = nowUtc;
    }

    /// <summary>Ends a pending payment without money taken: failed, expired or cancelled.</summary>
    public void Close(PaymentStatus outcome, DateTime nowUtc)
    {
        if (outcome is not (PaymentStatus.Failed or PaymentStatus.Expired or PaymentStatus.Cancelled))
            throw new ArgumentOutOfRangeException(nameof(outcome));
        if (!IsPending) throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> {outcome}");
        Status = outcome;
        SettledAtUtc = nowUtc;
    }

    /// <summary>Records money given back; the gateway's report of the total refunded is the truth,
    /// so a replayed or late report never counts twice.</summary>
    public void RecordRefundedTotal(Won refundedTotal)
    {
        if (refundedTotal.Amount > AmountWon) throw new DomainException(ErrorCodes.InvalidAmount, refundedTotal.ToString());
        RefundedWon = Math.Max(RefundedWon, refundedTotal.Amount);
        if (RefundedWon == AmountWon) Status = PaymentStatus.Refunded;
    }
}
