using Stripe;
using Stripe.Checkout;

namespace Marketplace.Web.Features.Payments;

/// <summary>Maps the Stripe events we act on to the outcome they mean for a payment. Anything else
/// (other types, a session not yet paid, an object that is not ours) maps to null.</summary>
public static class StripeEvents
{
    public static ApplyPaymentOutcome.Command? OutcomeOf(Event stripeEvent) => (stripeEvent.Type, stripeEvent.Data?.Object) switch
    {
        ("checkout.session.completed", Session { PaymentStatus: "paid" } session) => FromSession(stripeEvent, session, ApplyPaymentOutcome.Outcome.Paid),
        ("checkout.session.async_payment_succeeded", Session session) => FromSession(stripeEvent, session, ApplyPaymentOutcome.Outcome.Paid),
        ("checkout.session.async_payment_failed", Session session) => FromSession(stripeEvent, session, ApplyPaymentOutcome.Outcome.Failed),
        ("checkout.session.expired", Session session) => FromSession(stripeEvent, session, ApplyPaymentOutcome.Outcome.Expired),
        ("charge.refunded", Charge { PaymentIntentId: { Length: > 0 } intent } charge) => new ApplyPaymentOutcome.Command(
            stripeEvent.Id, stripeEvent.Type, PaymentIdOf(null, charge.Metadata), ApplyPaymentOutcome.Outcome.RefundedTotal, intent, charge.AmountRefunded),
        _ => null,
    };

    private static ApplyPaymentOutcome.Command? FromSession(Event stripeEvent, Session session, ApplyPaymentOutcome.Outcome outcome) =>
        PaymentIdOf(session.ClientReferenceId, session.Metadata) is { } paymentId
            ? new ApplyPaymentOutcome.Command(stripeEvent.Id, stripeEvent.Type, paymentId, outcome, session.PaymentIntentId,
                Evidence: outcome == ApplyPaymentOutcome.Outcome.Paid
                    ? new ApplyPaymentOutcome.Evidence(Infrastructure.Payments.StripeGateway.GatewayName, session.Id, session.AmountTotal, session.Currency)
                    : null)
            : null;

    private static Guid? PaymentIdOf(string? clientReferenceId, IDictionary<string, string>? metadata)
    {
        var candidate = clientReferenceId;
        if (candidate is null && metadata is not null) metadata.TryGetValue("payment_id", out candidate);
        return Guid.TryParse(candidate, out var id) ? id : null;
    }
}
