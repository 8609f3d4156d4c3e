using Marketplace.Web.Infrastructure;
using Marketplace.Web.Infrastructure.Members;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Marketplace.Web.Features.Payments;

public sealed class PaymentsController(IMediator mediator) : Controller
{
    public const int MaxWebhookBytes = 512 * 1024;

    /// <summary>Stripe's webhook. The signature is checked on the raw bytes before anything is read;
    /// a bad signature, a stale timestamp, another API version or an unreadable body answers 400 and
    /// changes nothing. Events we do not act on, replays and duplicates answer 200.</summary>
    [HttpPost("/webhooks/stripe"), IgnoreAntiforgeryToken, EnableRateLimiting(RateLimits.Webhook), RequestSizeLimit(MaxWebhookBytes)]
    public async Task<IActionResult> StripeWebhook(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await Request.Body.CopyToAsync(buffer, ct);
        return await mediator.Send(new ReceiveStripeEvent.Command(buffer.ToArray(), Request.Headers["Stripe-Signature"]), ct) switch
        {
            ReceiveStripeEvent.Answer.Refused => BadRequest(),
            ReceiveStripeEvent.Answer.TryAgainLater => StatusCode(StatusCodes.Status503ServiceUnavailable),
            _ => Ok(),
        };
    }

    /// <summary>The simulated gateway's "hosted page": the shopper approves or declines.</summary>
    [HttpGet("/payments/simulated/{id:guid}"), Authorize]
    public async Task<IActionResult> Simulated(Guid id, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new SimulatedPayment.Query(memberId, id), ct) switch
        {
            null => NotFound(),
            { IsPending: false } payment => Redirect(payment.ReturnPath),
            var payment => View(payment),
        };

    [HttpPost("/payments/simulated/{id:guid}"), Authorize]
    public async Task<IActionResult> Simulated(Guid id, bool approve, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new SimulatedPayment.Decide(memberId, id, approve), ct) is { } next ? Redirect(next) : NotFound();
}
