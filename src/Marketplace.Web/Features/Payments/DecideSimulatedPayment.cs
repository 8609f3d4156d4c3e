using Marketplace.Domain.Common;
using MediatR;

namespace Marketplace.Web.Features.Payments;

public static partial class SimulatedPayment
{
    /// <summary>The shopper's approve or decline on the simulated page.</summary>
    public sealed record Decide(string MemberId, Guid PaymentId, bool Approve) : IRequest<string?>;

    public sealed class DecideHandler(IMediator mediator) : IRequestHandler<Decide, string?>
    {
        /// <returns>Where the payer goes next; null when the payment is not the payer's own simulated one.</returns>
        public async Task<string?> Handle(Decide command, CancellationToken ct)
        {
            if (await mediator.Send(new Query(command.MemberId, command.PaymentId), ct) is not { } payment) return null;
            // Cancelled, expired or settled already: the result page says which; an approval now takes no money.
            if (!payment.IsPending) return payment.ReturnPath;
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
            return payment.ReturnPath;
        }
    }
}
