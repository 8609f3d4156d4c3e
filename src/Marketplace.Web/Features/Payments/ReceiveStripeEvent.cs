using Marketplace.Domain.Common;
using Marketplace.Web.Infrastructure.Payments;
using MediatR;

namespace Marketplace.Web.Features.Payments;

/// <summary>A delivery to Stripe's webhook: read only when signed with our secret, within the tolerance,
/// in the pinned API version (<see cref="StripeWebhook"/>); then applied as the outcome it means.</summary>
public static class ReceiveStripeEvent
{
    public enum Answer { Refused, Accepted, TryAgainLater }

    public sealed record Command(byte[] Body, string? Signature) : IRequest<Answer>;

    public sealed class Handler(StripeWebhook webhook, IMediator mediator, ILogger<Handler> logger) : IRequestHandler<Command, Answer>
    {
        public async Task<Answer> Handle(Command command, CancellationToken ct)
        {
            if (webhook.Read(command.Body, command.Signature) is not { } stripeEvent) return Answer.Refused;
            if (StripeEvents.OutcomeOf(stripeEvent) is not { } outcome) return Answer.Accepted; // not one we act on
            try
            {
                await mediator.Send(outcome, ct);
                return Answer.Accepted;
            }
            catch (DomainException changed) when (changed.Code == ErrorCodes.ChangedMeanwhile)
            {
                return Answer.TryAgainLater; // Stripe delivers it again later
            }
            catch (DomainException broken)
            {
                // A signed event our rules refuse: delivering it again would not change that. Logged for the operator.
                logger.LogError("Stripe event {EventId} ({Type}) refused: {Reason}", stripeEvent.Id, stripeEvent.Type, broken.Message);
                return Answer.Accepted;
            }
        }
    }
}
