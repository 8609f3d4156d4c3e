using Marketplace.Domain.Data;
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
    public sealed record Command(string MemberId, Guid PaymentId) : IRequest<bool>;

    public sealed class Handler(MarketplaceDbContext db, IMediator mediator, PaymentGateways gateways) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.PaymentId && p.MemberId == command.MemberId, ct);
            if (payment is null) return false;
            if (!payment.IsPending) return true;
            try
            {
                if (payment.SessionId is { } session) await gateways.For(payment.Gateway).ExpireCheckoutAsync(session, ct);
            }
            catch (PaymentGatewayException)
            {
                return true;
            }
            await mediator.Send(new ApplyPaymentOutcome.Command($"cancelled-{payment.Id}", "checkout.cancelled",
                payment.Id, ApplyPaymentOutcome.Outcome.Cancelled), ct);
            return true;
        }
    }
}
