using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Orders;

public sealed record DirectPurchasePage(DirectPurchase.Preview Preview, DirectPurchase.Form Form);

/// <summary><c>/procurement/orders</c> and direct purchase, for the buyers and approvers of a verified institution.</summary>
[Authorize(Roles = $"{Roles.InstitutionBuyer},{Roles.InstitutionApprover}"), Route("procurement")]
public sealed class PurchaseOrdersController(IMediator mediator, MarketplaceDbContext db, IStringLocalizer<Texts> texts) : Controller
{
    [HttpGet("")]
    public IActionResult Home() => Redirect("/procurement/orders");

    [HttpGet("orders")]
    public async Task<IActionResult> Index(PurchaseOrderStatus? status, CancellationToken ct)
    {
        if (await db.InstitutionOfAsync(User, ct) is not { } institution) return Redirect("/procurement/apply");
        ViewData["Status"] = status;
        return View(await mediator.Send(new PurchaseOrders.ListQuery(new OrderScope(InstitutionId: institution), status), ct));
    }

    [HttpGet("orders/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => await DetailsViewAsync(id, ct);

    [HttpPost("orders/{id:int}/approve"), Authorize(Roles = Roles.InstitutionApprover)]
    public Task<IActionResult> Approve(int id, CancellationToken ct) =>
        ActAsync(id, institution => new PurchaseOrders.Approve(institution, User.MemberId(), id), ct);

    [HttpPost("orders/{id:int}/reject"), Authorize(Roles = Roles.InstitutionApprover)]
    public Task<IActionResult> Reject(int id, string? reason, CancellationToken ct) =>
        ActAsync(id, institution => new PurchaseOrders.RejectApproval(institution, User.MemberId(), id, reason?.Trim() ?? ""), ct);

    /// <summary>Accepted quantities arrive as <c>accepted[lineId]=n</c>.</summary>
    [HttpPost("orders/{id:int}/inspect")]
    public Task<IActionResult> Inspect(int id, Dictionary<int, int> accepted, string? note, CancellationToken ct) =>
        ActAsync(id, institution => new PurchaseOrders.Inspect(institution, User.MemberId(), id, accepted, note), ct);

    [HttpGet("products/{id:int}/order")]
    public async Task<IActionResult> Order(int id, int quantity, CancellationToken ct)
    {
        if (await db.InstitutionOfAsync(User, ct) is null) return Redirect("/procurement/apply");
        var preview = await mediator.Send(new DirectPurchase.PreviewQuery(id, quantity, null), ct);
        return preview is null ? NotFound() : View(new DirectPurchasePage(preview, new DirectPurchase.Form { Quantity = preview.Quantity }));
    }

    [HttpPost("products/{id:int}/order")]
    public async Task<IActionResult> Order(int id, [Bind(Prefix = "Form")] DirectPurchase.Form form, CancellationToken ct)
    {
        if (await db.InstitutionOfAsync(User, ct) is not { } institution) return Redirect("/procurement/apply");
        try
        {
            var orderId = await mediator.Send(new DirectPurchase.Command(institution, User.MemberId(), id, form), ct);
            return Redirect($"/procurement/orders/{orderId}");
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        var preview = await mediator.Send(new DirectPurchase.PreviewQuery(id, form.Quantity, form.DeliveryDate), ct);
        if (preview is null) return NotFound();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new DirectPurchasePage(preview, form));
    }

    private async Task<IActionResult> ActAsync<T>(int id, Func<int, T> command, CancellationToken ct) where T : IRequest<bool>
    {
        if (await db.InstitutionOfAsync(User, ct) is not { } institution) return NotFound();
        try
        {
            return await mediator.Send(command(institution), ct) ? Redirect($"/procurement/orders/{id}") : NotFound();
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await DetailsViewAsync(id, ct);
    }

    private async Task<IActionResult> DetailsViewAsync(int id, CancellationToken ct)
    {
        if (await db.InstitutionOfAsync(User, ct) is not { } institution) return NotFound();
        var detail = await mediator.Send(new PurchaseOrders.DetailQuery(new OrderScope(InstitutionId: institution), id), ct);
        return detail is null ? NotFound() : View("Details", detail);
    }
}
