using MediatR;
using Marketplace.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Web.Features.Shop.Catalog;

public sealed class CatalogController(IMediator mediator) : Controller
{
    [HttpGet("/"), OutputCache(PolicyName = SharedReadCache.PagePolicy)]
    public async Task<IActionResult> Home(CancellationToken ct) => View(await mediator.Send(new Home.Query(), ct));

    [HttpGet("/products"), OutputCache(PolicyName = SharedReadCache.PagePolicy)]
    public async Task<IActionResult> Search([FromQuery] Search.Query query, CancellationToken ct) =>
        View(await mediator.Send(query, ct));

    [HttpGet("/products/{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await mediator.Send(new Details.Query(id), ct) is { } product ? View(product) : NotFound();
}
