using Marketplace.Web.Infrastructure.Caching;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Web.Features.Shop.Collections;

public sealed class CollectionsController(IMediator mediator) : Controller
{
    [HttpGet("/collections/{slug}"), OutputCache(PolicyName = SharedReadCache.PagePolicy)]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) =>
        slug.Length <= 60 && await mediator.Send(new ShowCollection.Query(slug), ct) is { } collection ? View(collection) : NotFound();
}
