using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Payments;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Payments;

/// <summary>The simulated gateway's "hosted page": the shopper approves or declines their own pending
/// payment, and the choice goes through the same confirmation path as a Stripe webhook.</summary>
public static class SimulatedPayment
{
    public sealed record Query(string MemberId, Guid PaymentId) : IRequest<Model?>;

    public sealed record Model(Guid Id, Won Amount, bool IsPending);

    public sealed record Decide(string MemberId, Guid PaymentId, bool Approve) : IRequest<bool>;

    public sealed class Handler(MarketplaceDbContext db, IMediator mediator) : IRequestHandler<Query, Model?>, IRequestHandler<Decide, bool>
    {
        public Task<Model?> Handle(Query query, CancellationToken ct) =>
            db.Payments.AsNoTracking()
                .Where(p => p.Id == query.PaymentId && p.MemberId == query.MemberId && p.Gateway == SimulatedGateway.GatewayName)
                .Select(p => new Model(p.Id, new Won(p.AmountWon), p.Status == Domain.Ordering.PaymentStatus.Pending))
                .FirstOrDefaultAsync(ct);

        /// <returns>False when the payment is not the shopper's own simulated one.</returns>
        public async Task<bool> Handle(Decide command, CancellationToken ct)
        {
            if (await Handle(new Query(command.MemberId, command.PaymentId), ct) is null) return false;
            try
            {
                await mediator.Send(new ApplyPaymentOutcome.Command(
                    $"simulated-{command.PaymentId}", command.Approve ? "simulated.approved" : "simulated.declined", command.PaymentId,
                    command.Approve ? ApplyPaymentOutcome.Outcome.Paid : ApplyPaymentOutcome.Outcome.Failed), ct);
            }
            catch (DomainException changed) when (changed.Code == ErrorCodes.ChangedMeanwhile)
            {
                // Settled by another word on the same payment at the same moment: the result page shows which.
            }
            return true;
        }
    }
}
