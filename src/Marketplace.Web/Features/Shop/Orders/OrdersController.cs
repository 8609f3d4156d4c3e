using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Shop.Orders;

[Authorize, Route("orders")]
public sealed class OrdersController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        View(await mediator.Send(new MyOrders.ListQuery(memberId), ct));

    [HttpGet("{id:int}")]
    public Task<IActionResult> Details(int id, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) => DetailsPage(id, memberId, ct);

    [HttpPost("{id:int}/cancel"), ReshowWith(nameof(DetailsPage))]
    public async Task<IActionResult> Cancel(int id, string? reason, bool confirmed, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new CancelOrder.Command(memberId, id, reason, confirmed), ct) ? Redirect($"/orders/{id}") : NotFound();

    [HttpPost("{id:int}/confirm"), ReshowWith(nameof(DetailsPage))]
    public async Task<IActionResult> Confirm(int id, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new ConfirmPurchase.Command(memberId, id), ct) ? Redirect($"/orders/{id}") : NotFound();

    [HttpPost("{id:int}/returns"), ReshowWith(nameof(DetailsPage))]
    public async Task<IActionResult> RequestReturn(int id, [Bind(Prefix = "Form")] Returns.RequestReturn.Form form, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new Returns.RequestReturn.Command(memberId, id, form), ct) is { } request ? Redirect($"/orders/{id}#return-{request}") : NotFound();

    private async Task<IActionResult> DetailsPage(int id, string memberId, CancellationToken ct) =>
        await mediator.Send(new MyOrders.DetailQuery(memberId, id), ct) is { } order ? View("Details", order) : NotFound();
}
