using System.Collections.Concurrent;

namespace Marketplace.Web.Infrastructure.Payments;

/// <summary>The demo's gateway: its "hosted page" is our own <c>/payments/simulated/{id}</c>, where
/// the shopper approves or declines; that choice then goes through the same confirmation path as a
/// Stripe webhook. Refunds always succeed.</summary>
public sealed class SimulatedGateway : IPaymentGateway
{
    public const string GatewayName = "simulated";
    private readonly ConcurrentDictionary<string, (GatewayRefund Refund, long AmountWon)> _refunds = new();

    public string Name => GatewayName;

    public Task<GatewaySession> StartCheckoutAsync(CheckoutSessionRequest request, CancellationToken ct) =>
        Task.FromResult(new GatewaySession($"sim_{request.PaymentId:N}", $"/payments/simulated/{request.PaymentId}"));

    public Task ExpireCheckoutAsync(string sessionId, CancellationToken ct) => Task.CompletedTask;

    // Same idempotency key, same refund: as Stripe does.
    public Task<GatewayRefund> RefundAsync(RefundRequest request, CancellationToken ct) =>
        Task.FromResult(_refunds.GetOrAdd(request.IdempotencyKey, _ => (new GatewayRefund($"sim_re_{Guid.NewGuid():N}", "succeeded"), request.Amount?.Amount ?? 0)).Refund);

    /// <summary>What was refunded under an idempotency key, as the gateway's dashboard would show it; 0 for none.</summary>
    public long RefundedUnder(string idempotencyKey) => _refunds.TryGetValue(idempotencyKey, out var r) ? r.AmountWon : 0;
}
