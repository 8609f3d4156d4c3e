using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Reporting;
using Marketplace.Web.Features.Shop.Checkout;
using Marketplace.Web.Infrastructure.Payments;

namespace Marketplace.Web.Features.Shop.Orders;

/// <summary>What refunding a whole order not yet shipped does, whoever cancels it: the sales figures, the payment's
/// refunded total and the stock in the caller's transaction, then the gateway's refund last, so a refused refund rolls
/// the rest back. The refund's idempotency key is the order's: a retry refunds once.</summary>
public static class OrderRefund
{
    /// <summary>After <see cref="Order.CancelByShopper"/> or <see cref="Order.CancelByEnterprise"/>; saves, then refunds.</summary>
    public static async Task RefundWholeAsync(MarketplaceDbContext db, PaymentGateways gateways, Order order, Payment payment, CancellationToken ct)
    {
        await SalesLedger.RecordRefundAsync(db, order, ct);
        payment.RecordRefundedTotal(new Won(payment.RefundedWon) + order.Charged);
        await StockLedger.GiveBackAsync(db, order.Lines, ct);
        await db.SaveChangesAsync(ct);
        await ThroughGatewayAsync(gateways, payment, order.Charged, $"refund-order-{order.Id}", ct);
    }

    /// <summary>Gives <paramref name="amount"/> back through the gateway that took the payment, last in the caller's
    /// transaction; the key makes a retry refund once. A refusal is the shopper's "try again later".</summary>
    public static async Task ThroughGatewayAsync(PaymentGateways gateways, Payment payment, Won amount, string idempotencyKey, CancellationToken ct)
    {
        var handle = payment.PaymentIntentId ?? payment.SessionId ?? throw new DomainException(ErrorCodes.PaymentUnavailable);
        try
        {
            await gateways.For(payment.Gateway).RefundAsync(new RefundRequest(payment.Id, handle, amount, idempotencyKey), ct);
        }
        catch (PaymentGatewayException)
        {
            throw new DomainException(ErrorCodes.PaymentUnavailable);
        }
    }
}
