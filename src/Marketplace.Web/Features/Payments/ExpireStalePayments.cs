using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Payments;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Payments;

/// <summary>Releases the stock of payments left pending past their session's expiry (a shopper who
/// walked away, a lost webhook, a crash between reserving and opening the session). Stripe's own
/// <c>checkout.session.expired</c> usually comes first; this sweep waits a grace period after the
/// expiry, then closes the session at the gateway and applies the expiry like any other event.</summary>
public static class ExpireStalePayments
{
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);

    public sealed record Command : IRequest<int>;

    public sealed class Handler(MarketplaceDbContext db, IMediator mediator, PaymentGateways gateways, TimeProvider clock, ILogger<Handler> logger)
        : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command command, CancellationToken ct)
        {
            var cutoff = clock.GetUtcNow().UtcDateTime - Grace;
            var stale = await db.Payments.AsNoTracking()
                .Where(p => p.Status == PaymentStatus.Pending && p.ExpiresAtUtc < cutoff)
                .OrderBy(p => p.ExpiresAtUtc).Take(200)
                .Select(p => new { p.Id, p.Gateway, p.SessionId })
                .ToListAsync(ct);

            var expired = 0;
            foreach (var payment in stale)
            {
                try
                {
                    if (payment.SessionId is { } session) await gateways.For(payment.Gateway).ExpireCheckoutAsync(session, ct);
                }
                catch (PaymentGatewayException e)
                {
                    // Stripe refuses to expire a session that was paid meanwhile: its webhook will say so.
                    logger.LogWarning("Payment {PaymentId}: the gateway did not expire its session ({Error})", payment.Id, e.Message);
                    continue;
                }
                var applied = await mediator.Send(new ApplyPaymentOutcome.Command(
                    $"sweep-expired-{payment.Id}", "sweep.expired", payment.Id, ApplyPaymentOutcome.Outcome.Expired), ct);
                if (applied == ApplyPaymentOutcome.Applied.Applied) expired++;
            }
            return expired;
        }
    }
}

/// <summary>Runs the expiry sweep every minute, on one server at a time.</summary>
public sealed class PaymentExpiryService(IServiceScopeFactory scopes, Infrastructure.Cluster.JobLeases leases, ILogger<PaymentExpiryService> logger)
    : Infrastructure.Cluster.LeasedJob(scopes, leases, logger)
{
    public override string Name => "payment-expiry";
    public override TimeSpan Interval => TimeSpan.FromMinutes(1);
    protected override bool RunsAtStart => false;

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<IMediator>().Send(new ExpireStalePayments.Command(), ct);
}
