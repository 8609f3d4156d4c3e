using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Infrastructure.Payments;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Checkout;

/// <summary>The shopper turned back at the payment page: close the gateway's session, so it can no
/// longer be paid, and release the stock. If it was paid meanwhile, the gateway refuses to close it
/// and the payment's confirmation wins.</summary>
public static class CancelCheckout
{
    /// <summary>Answers the payment's status afterwards (cancelled, or paid if the payment won), or null when it is not the member's.</summary>
    public sealed record Command(string MemberId, Guid PaymentId) : IRequest<PaymentStatus?>;

    public sealed class Handler(MarketplaceDbContext db, IMediator mediator, PaymentGateways gateways) : IRequestHandler<Command, PaymentStatus?>
    {
        public async Task<PaymentStatus?> Handle(Command command, CancellationToken ct)
        {
            var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.PaymentId && p.MemberId == command.MemberId, ct);
            if (payment is null) return null;
            if (!payment.IsPending) return payment.Status;
            try
            {
                if (payment.SessionId is { } session) await gateways.For(payment.Gateway).ExpireCheckoutAsync(session, ct);
            }
            catch (PaymentGatewayException)
            {
                return payment.Status; // the gateway would not close it: paid meanwhile, its confirmation decides
            }
            await mediator.Send(new ApplyPaymentOutcome.Command($"cancelled-{payment.Id}", "checkout.cancelled",
                payment.Id, ApplyPaymentOutcome.Outcome.Cancelled), ct);
            return await db.Payments.AsNoTracking().Where(p => p.Id == payment.Id).Select(p => p.Status).FirstAsync(ct);
        }
    }
}
