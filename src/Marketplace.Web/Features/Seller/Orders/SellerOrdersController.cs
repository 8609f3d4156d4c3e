using Marketplace.Domain.Members;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Orders;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/orders"), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
public sealed class SellerOrdersController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(OrderStatus? status, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct)
    {
        ViewData["Status"] = status;
        return View(await mediator.Send(new SellerOrders.ListQuery(enterprise, status), ct));
    }

    [HttpGet("{id:int}")]
    public Task<IActionResult> Details(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => DetailsPage(id, enterprise, ct);

    [HttpPost("{id:int}/accept"), ReshowWith(nameof(DetailsPage))]
    public Task<IActionResult> Accept(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        AdvanceAsync(new SellerOrders.Advance(enterprise, id, SellerOrders.Step.Accept, null, null), ct);

    [HttpPost("{id:int}/ship"), ReshowWith(nameof(DetailsPage))]
    public Task<IActionResult> Ship(int id, string? carrier, string? trackingNumber, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        AdvanceAsync(new SellerOrders.Advance(enterprise, id, SellerOrders.Step.Ship, carrier?.Trim(), trackingNumber?.Trim()), ct);

    [HttpPost("{id:int}/deliver"), ReshowWith(nameof(DetailsPage))]
    public Task<IActionResult> Deliver(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        AdvanceAsync(new SellerOrders.Advance(enterprise, id, SellerOrders.Step.Deliver, null, null), ct);

    private async Task<IActionResult> AdvanceAsync(SellerOrders.Advance step, CancellationToken ct) =>
        await mediator.Send(step, ct) ? Redirect($"/seller/orders/{step.OrderId}") : NotFound();

    private async Task<IActionResult> DetailsPage(int id, int enterprise, CancellationToken ct) =>
        await mediator.Send(new SellerOrders.DetailQuery(enterprise, id), ct) is { } order ? View("Details", order) : NotFound();
}
