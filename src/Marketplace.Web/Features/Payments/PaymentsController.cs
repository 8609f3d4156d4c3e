using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using System.Security.Claims;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Payments;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Payments;

public sealed class PaymentsController(IMediator mediator) : Controller
{
    public const int MaxWebhookBytes = 512 * 1024;

    /// <summary>Stripe's webhook. The signature is checked on the raw bytes before anything is read;
    /// a bad signature, a stale timestamp, another API version or an unreadable body answers 400 and
    /// changes nothing.
    /// Events we do not act on, replays and duplicates answer 200.</summary>
    [HttpPost("/webhooks/stripe"), IgnoreAntiforgeryToken, EnableRateLimiting(RateLimits.Webhook), RequestSizeLimit(MaxWebhookBytes)]
    public async Task<IActionResult> StripeWebhook([FromServices] StripeWebhook webhook, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await Request.Body.CopyToAsync(buffer, ct);

        if (webhook.Read(buffer.ToArray(), Request.Headers["Stripe-Signature"]) is not { } stripeEvent) return BadRequest();
        var command = StripeEvents.OutcomeOf(stripeEvent);
        try
        {
            if (command is not null) await mediator.Send(command, ct);
        }
        catch (DomainException changed) when (changed.Code == ErrorCodes.ChangedMeanwhile)
        {
            return StatusCode(StatusCodes.Status503ServiceUnavailable); // Stripe delivers it again later
        }
        return Ok();
    }

    /// <summary>The simulated gateway's "hosted page": the shopper approves or declines.</summary>
    [HttpGet("/payments/simulated/{id:guid}"), Authorize]
    public async Task<IActionResult> Simulated(Guid id, [FromServices] MarketplaceDbContext db, CancellationToken ct)
    {
        var payment = await OwnSimulatedPaymentAsync(db, id, ct);
        if (payment is null) return NotFound();
        if (!payment.IsPending) return Redirect($"/checkout/complete/{id}");
        return View(payment);
    }

    [HttpPost("/payments/simulated/{id:guid}"), Authorize]
    public async Task<IActionResult> Simulated(Guid id, bool approve, [FromServices] MarketplaceDbContext db, CancellationToken ct)
    {
        if (await OwnSimulatedPaymentAsync(db, id, ct) is null) return NotFound();
        try
        {
            await mediator.Send(new ApplyPaymentOutcome.Command(
                $"simulated-{id}", approve ? "simulated.approved" : "simulated.declined", id,
                approve ? ApplyPaymentOutcome.Outcome.Paid : ApplyPaymentOutcome.Outcome.Failed), ct);
        }
        catch (DomainException changed) when (changed.Code == ErrorCodes.ChangedMeanwhile)
        {
            // Settled by another word on the same payment at the same moment: the result page shows which.
        }
        return Redirect($"/checkout/complete/{id}");
    }

    private Task<Domain.Ordering.Payment?> OwnSimulatedPaymentAsync(MarketplaceDbContext db, Guid id, CancellationToken ct)
    {
        var memberId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        return db.Payments.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == id && p.MemberId == memberId && p.Gateway == SimulatedGateway.GatewayName, ct);
    }
}
