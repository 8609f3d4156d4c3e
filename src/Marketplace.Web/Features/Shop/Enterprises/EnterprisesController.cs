using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Shop.Enterprises;

public sealed class EnterprisesController(IMediator mediator) : Controller
{
    [HttpGet("/enterprises/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await mediator.Send(new Details.Query(id), ct) is { } enterprise ? View(enterprise) : NotFound();
}
