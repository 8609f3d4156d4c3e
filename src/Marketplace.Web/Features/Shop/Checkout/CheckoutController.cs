using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Shop.Checkout;

[Authorize, Route("checkout")]
public sealed class CheckoutController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? address, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        var page = await mediator.Send(new ShowCheckout.Query(memberId, address), ct);
        return page.Cart.IsEmpty ? Redirect("/cart") : View(page);
    }

    [HttpPost(""), ReshowWith(nameof(CheckoutFormPage))]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] StartCheckout.Form form, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        var email = User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? User.Identity!.Name!;
        var started = await mediator.Send(new StartCheckout.Command(memberId, email, form), ct);
        return Redirect(started.RedirectUrl);
    }

    /// <summary>Where the gateway sends the shopper back. It only reads the payment's state.</summary>
    [HttpGet("complete/{id:guid}")]
    public async Task<IActionResult> Complete(Guid id, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        if (await mediator.Send(new Checkout.Complete.Query(memberId, id), ct) is not { } page) return NotFound();
        if (page.Status == PaymentStatus.Pending) Response.Headers["Refresh"] = "3";
        return View(page);
    }

    /// <summary>The shopper left the gateway's page: the session is closed and the stock released.</summary>
    [HttpGet("cancelled/{id:guid}")]
    public async Task<IActionResult> Cancelled(Guid id, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new CancelCheckout.Command(memberId, id), ct) switch
        {
            null => NotFound(),
            // Paid (or still being confirmed) after all: the result page says so, not "your reservation was released".
            Domain.Ordering.PaymentStatus.Paid or Domain.Ordering.PaymentStatus.Pending or Domain.Ordering.PaymentStatus.Refunded
                => Redirect($"/checkout/complete/{id}"),
            _ => View(),
        };

    private async Task<IActionResult> CheckoutFormPage(StartCheckout.Form form, string memberId, CancellationToken ct) =>
        View("Index", await mediator.Send(new ShowCheckout.Query(memberId, null, form), ct));
}
