using Marketplace.Domain.Members;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.Shipping;

[Authorize(Roles = Roles.Operator), Route("admin/shipping-areas")]
public sealed class ShippingAdminController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => Page(ct);

    [HttpPost(""), ReshowWith(nameof(Page))]
    public async Task<IActionResult> Add(RemoteAreaKind kind, string? from, string? to, string? name, CancellationToken ct)
    {
        await mediator.Send(new RemoteAreaList.Add(kind, from, to, name), ct);
        return Redirect("/admin/shipping-areas");
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Remove(int id, CancellationToken ct) =>
        await mediator.Send(new RemoteAreaList.Remove(id), ct) ? Redirect("/admin/shipping-areas") : NotFound();

    private async Task<IActionResult> Page(CancellationToken ct) => View("Index", await mediator.Send(new RemoteAreaList.Query(), ct));
}
