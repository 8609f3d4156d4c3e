using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Returns;

/// <summary>Returns are handled from the order's page, where the steps show; a refused step shows that page again.</summary>
[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/returns"), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
public sealed class SellerReturnsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        View(await mediator.Send(new SellerReturns.Query(enterprise), ct));

    [HttpPost("{id:int}/accept"), ReshowWith(nameof(OrderPage))]
    public async Task<IActionResult> Accept(int id, string? carrier, string? trackingNumber, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        await mediator.Send(new AcceptReturn.Command(enterprise, id, carrier, trackingNumber), ct) ? await BackToOrder(id, enterprise, ct) : NotFound();

    [HttpPost("{id:int}/refuse"), ReshowWith(nameof(OrderPage))]
    public async Task<IActionResult> Refuse(int id, string? reason, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        await mediator.Send(new RefuseReturn.Command(enterprise, id, reason), ct) ? await BackToOrder(id, enterprise, ct) : NotFound();

    [HttpPost("{id:int}/complete"), ReshowWith(nameof(OrderPage))]
    public async Task<IActionResult> Complete(int id, string? carrier, string? trackingNumber, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        await mediator.Send(new CompleteReturn.Command(enterprise, id, carrier, trackingNumber), ct) ? await BackToOrder(id, enterprise, ct) : NotFound();

    private async Task<IActionResult> BackToOrder(int id, int enterprise, CancellationToken ct) =>
        await mediator.Send(new OrderOfReturn(enterprise, id), ct) is { } orderId ? Redirect($"/seller/orders/{orderId}#return-{id}") : NotFound();

    private async Task<IActionResult> OrderPage(int id, int enterprise, CancellationToken ct) =>
        await mediator.Send(new OrderOfReturn(enterprise, id), ct) is { } orderId
        && await mediator.Send(new Orders.SellerOrders.DetailQuery(enterprise, orderId), ct) is { } order
            ? View("~/Features/Seller/Orders/Details.cshtml", order) : NotFound();
}
