using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Features.Procurement;
using Marketplace.Web.Features.Procurement.Invoices;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Procurement;

/// <summary><c>/seller/procurement</c>: quote requests addressed to the enterprise and purchase orders
/// its customers' institutions have approved.</summary>
[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/procurement")]
public sealed class SellerProcurementController(IMediator mediator, MarketplaceDbContext db, IStringLocalizer<Texts> texts) : Controller
{
    [HttpGet("quotes")]
    public async Task<IActionResult> Quotes(CancellationToken ct) =>
        await db.EnterpriseOfAsync(User, ct) is { } enterprise
            ? View(await mediator.Send(new SellerProcurement.InboxQuery(enterprise), ct))
            : Redirect("/seller/apply");

    [HttpGet("quotes/{id:int}")]
    public async Task<IActionResult> Quote(int id, CancellationToken ct) => await QuoteViewAsync(id, null, ct);

    [HttpPost("quotes/{id:int}")]
    public async Task<IActionResult> Quote(int id, [Bind(Prefix = "Form")] SellerProcurement.QuoteForm form, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        try
        {
            return await mediator.Send(new SellerProcurement.SubmitQuote(enterprise, User.MemberId(), id, form), ct)
                ? Redirect($"/seller/procurement/quotes/{id}")
                : NotFound();
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await QuoteViewAsync(id, form, ct);
    }

    [HttpGet("orders")]
    public async Task<IActionResult> Orders(CancellationToken ct) =>
        await db.EnterpriseOfAsync(User, ct) is { } enterprise
            ? View(await mediator.Send(new PurchaseOrders.ListQuery(new OrderScope(EnterpriseId: enterprise)), ct))
            : Redirect("/seller/apply");

    [HttpGet("orders/{id:int}")]
    public async Task<IActionResult> Order(int id, CancellationToken ct) => await OrderViewAsync(id, ct);

    [HttpPost("orders/{id:int}/confirm")]
    public Task<IActionResult> Confirm(int id, CancellationToken ct) =>
        ActAsync(id, enterprise => new SellerProcurement.Respond(enterprise, id, SellerProcurement.Decision.Confirm, null), ct);

    [HttpPost("orders/{id:int}/decline")]
    public Task<IActionResult> Decline(int id, string? reason, CancellationToken ct) =>
        ActAsync(id, enterprise => new SellerProcurement.Respond(enterprise, id, SellerProcurement.Decision.Decline, reason?.Trim()), ct);

    /// <summary>Quantities arrive as <c>quantities[lineId]=n</c>.</summary>
    [HttpPost("orders/{id:int}/ship")]
    public Task<IActionResult> Ship(int id, Dictionary<int, int> quantities, string? carrier, string? trackingNumber, CancellationToken ct) =>
        ActAsync(id, enterprise => new SellerProcurement.Ship(enterprise, id, quantities, carrier?.Trim() ?? "", trackingNumber?.Trim() ?? ""), ct);

    [HttpPost("invoices/{invoiceId:int}/payments")]
    public async Task<IActionResult> RecordPayment(int invoiceId, int orderId, DateOnly? paidOn, long amount, string? reference, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        try
        {
            return await mediator.Send(new InvoicePayments.Record(enterprise, User.MemberId(), invoiceId, paidOn, amount, reference?.Trim() ?? ""), ct) is { } id
                ? Redirect($"/seller/procurement/orders/{id}")
                : NotFound();
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await OrderViewAsync(orderId, ct);
    }

    private async Task<IActionResult> ActAsync<T>(int id, Func<int, T> command, CancellationToken ct) where T : IRequest<bool>
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        try
        {
            return await mediator.Send(command(enterprise), ct) ? Redirect($"/seller/procurement/orders/{id}") : NotFound();
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await OrderViewAsync(id, ct);
    }

    private async Task<IActionResult> OrderViewAsync(int id, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        var detail = await mediator.Send(new PurchaseOrders.DetailQuery(new OrderScope(EnterpriseId: enterprise), id), ct);
        return detail is null ? NotFound() : View("Order", detail);
    }

    private async Task<IActionResult> QuoteViewAsync(int id, SellerProcurement.QuoteForm? form, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        var detail = await mediator.Send(new SellerProcurement.RequestQuery(enterprise, id), ct);
        if (detail is null) return NotFound();
        ViewData["Form"] = form;
        return View("Quote", detail);
    }
}
