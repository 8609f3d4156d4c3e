using Marketplace.Domain.Common;

namespace Marketplace.Web.Infrastructure.Payments;

/// <summary>A card payment provider: Stripe, or a simulated gateway when no key is configured.</summary>
public interface IPaymentGateway
{
    /// <summary>The name stored with each payment, so refunds go back through the same gateway.</summary>
    string Name { get; }

    /// <summary>Opens a hosted payment page for one payment; the shopper is sent to <see cref="GatewaySession.RedirectUrl"/>.</summary>
    Task<GatewaySession> StartCheckoutAsync(CheckoutSessionRequest request, CancellationToken ct);

    /// <summary>Closes a session that was not paid, so it can no longer be paid.</summary>
    Task ExpireCheckoutAsync(string sessionId, CancellationToken ct);

    /// <summary>Gives money back: all of it when <see cref="RefundRequest.Amount"/> is null.</summary>
    Task<GatewayRefund> RefundAsync(RefundRequest request, CancellationToken ct);
}

public sealed record CheckoutItem(string Name, Won UnitPrice, int Quantity);

public sealed record CheckoutSessionRequest(
    Guid PaymentId,
    IReadOnlyList<CheckoutItem> Items,
    string CustomerEmail,
    string SuccessUrl,
    string CancelUrl,
    DateTimeOffset ExpiresAt);

public sealed record GatewaySession(string SessionId, string RedirectUrl);

public sealed record RefundRequest(Guid PaymentId, string PaymentIntentId, Won? Amount, string IdempotencyKey);

public sealed record GatewayRefund(string RefundId, string Status);

/// <summary>Which gateway takes new payments (Stripe when a secret key is configured, else the
/// simulated one) and which one took an existing payment.</summary>
public sealed class PaymentGateways(IEnumerable<IPaymentGateway> gateways, Microsoft.Extensions.Options.IOptions<StripeOptions> stripe)
{
    public IPaymentGateway Current => For(stripe.Value.IsConfigured ? StripeGateway.GatewayName : SimulatedGateway.GatewayName);

    public IPaymentGateway For(string name) =>
        gateways.FirstOrDefault(g => g.Name == name) ?? throw new InvalidOperationException($"No payment gateway named {name}.");
}

/// <summary>The gateway answered with an error or could not be reached after retries.</summary>
public class PaymentGatewayException(string message, Exception? inner = null) : Exception(message, inner);
