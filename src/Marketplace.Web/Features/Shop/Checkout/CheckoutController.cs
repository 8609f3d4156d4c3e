using System.Security.Claims;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Shop.Cart;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Shop.Checkout;

/// <summary>The checkout page shows the cart for review beside the address form.</summary>
public sealed record CheckoutPage(ViewCart.Model Cart, StartCheckout.Form Form);

[Authorize, Route("checkout")]
public sealed class CheckoutController(IMediator mediator, IStringLocalizer<Texts> texts) : Controller
{
    private string MemberId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var cart = await mediator.Send(new ViewCart.Query(new CartOwner(MemberId, null)), ct);
        if (cart.IsEmpty) return Redirect("/cart");
        return View(new CheckoutPage(cart, new StartCheckout.Form { AttemptId = Guid.NewGuid() }));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] StartCheckout.Form form, CancellationToken ct)
    {
        var errors = ModelState.IsValid ? [] : ModelState.Where(e => e.Value!.Errors.Count > 0).Select(e => (e.Key, texts["Checkout.Invalid"].Value)).ToList();
        if (errors.Count == 0)
        {
            try
            {
                var email = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity!.Name!;
                var started = await mediator.Send(new StartCheckout.Command(MemberId, email, $"{Request.Scheme}://{Request.Host}", form), ct);
                return Redirect(started.RedirectUrl);
            }
            catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { errors = found.Select(x => (x.Field, x.Message)).ToList(); }
        }

        ModelState.Clear();
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        var cart = await mediator.Send(new ViewCart.Query(new CartOwner(MemberId, null)), ct);
        return View(new CheckoutPage(cart, form));
    }

    /// <summary>Where the gateway sends the shopper back. It only reads the payment's state: the
    /// gateway's own confirmation marks it paid, never this page.</summary>
    [HttpGet("complete/{id:guid}")]
    public async Task<IActionResult> Complete(Guid id, [FromServices] MarketplaceDbContext db, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.MemberId == MemberId, ct);
        if (payment is null) return NotFound();
        var orders = await db.Orders.AsNoTracking().Where(o => o.PaymentId == id).OrderBy(o => o.Id).ToListAsync(ct);
        if (payment.Status == PaymentStatus.Pending) Response.Headers["Refresh"] = "3";
        return View(new CompletePage(payment.Id, payment.Status, payment.Amount, orders.Select(o => (o.Id, o.Number, o.Total)).ToList()));
    }

    /// <summary>The shopper left the gateway's page: the session is closed and the stock released.</summary>
    [HttpGet("cancelled/{id:guid}")]
    public async Task<IActionResult> Cancelled(Guid id, CancellationToken ct)
    {
        var cancelled = await mediator.Send(new CancelCheckout.Command(MemberId, id), ct);
        return cancelled ? View() : NotFound();
    }
}

public sealed record CompletePage(Guid PaymentId, PaymentStatus Status, Won Amount, IReadOnlyList<(int Id, string Number, Won Total)> Orders);
