using System.Security.Claims;
using Marketplace.Domain.Common;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Shop.Orders;

[Authorize, Route("orders")]
public sealed class OrdersController(IMediator mediator, IStringLocalizer<Texts> texts) : Controller
{
    private string MemberId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await mediator.Send(new MyOrders.ListQuery(MemberId), ct));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await mediator.Send(new MyOrders.DetailQuery(MemberId, id), ct) is { } order ? View(order) : NotFound();

    [HttpPost("{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(new CancelOrder.Command(MemberId, id), ct) ? Redirect($"/orders/{id}") : NotFound();
        }
        catch (DomainException broken)
        {
            ModelState.AddModelError("", texts[broken.Code]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await mediator.Send(new MyOrders.DetailQuery(MemberId, id), ct) is { } order ? View("Details", order) : NotFound();
        }
    }
}
