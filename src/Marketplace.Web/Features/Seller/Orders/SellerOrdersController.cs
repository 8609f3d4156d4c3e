using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Orders;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/orders")]
public sealed class SellerOrdersController(IMediator mediator, MarketplaceDbContext db, IStringLocalizer<Texts> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(OrderStatus? status, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return Redirect("/seller/apply");
        ViewData["Status"] = status;
        return View(await mediator.Send(new SellerOrders.ListQuery(enterprise, status), ct));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        return await mediator.Send(new SellerOrders.DetailQuery(enterprise, id), ct) is { } order ? View(order) : NotFound();
    }

    [HttpPost("{id:int}/accept")]
    public Task<IActionResult> Accept(int id, CancellationToken ct) => AdvanceAsync(id, SellerOrders.Step.Accept, null, null, ct);

    [HttpPost("{id:int}/ship")]
    public Task<IActionResult> Ship(int id, string? carrier, string? trackingNumber, CancellationToken ct) =>
        AdvanceAsync(id, SellerOrders.Step.Ship, carrier, trackingNumber, ct);

    [HttpPost("{id:int}/deliver")]
    public Task<IActionResult> Deliver(int id, CancellationToken ct) => AdvanceAsync(id, SellerOrders.Step.Deliver, null, null, ct);

    private async Task<IActionResult> AdvanceAsync(int id, SellerOrders.Step step, string? carrier, string? tracking, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        try
        {
            return await mediator.Send(new SellerOrders.Advance(enterprise, id, step, carrier?.Trim(), tracking?.Trim()), ct)
                ? Redirect($"/seller/orders/{id}")
                : NotFound();
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found)
        {
            ModelState.AddAll(found);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await mediator.Send(new SellerOrders.DetailQuery(enterprise, id), ct) is { } order ? View("Details", order) : NotFound();
    }
}
