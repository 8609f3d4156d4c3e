using MediatR;
using Marketplace.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Web.Features.Shop.Enterprises;

public sealed class EnterprisesController(IMediator mediator) : Controller
{
    [HttpGet("/enterprises"), OutputCache(PolicyName = SharedReadCache.PagePolicy)]
    public async Task<IActionResult> Index([FromQuery] EnterpriseDirectory.Query query, CancellationToken ct) => View(await mediator.Send(query, ct));

    [HttpGet("/enterprises/{id:int}"), OutputCache(PolicyName = SharedReadCache.PagePolicy)]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await mediator.Send(new Details.Query(id), ct) is { } enterprise ? View(enterprise) : NotFound();
}
