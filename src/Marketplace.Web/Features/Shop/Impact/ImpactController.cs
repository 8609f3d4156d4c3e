using Marketplace.Domain.Common;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Files;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Web.Features.Shop.Impact;

/// <summary>The public shared measurement: <c>/impact</c>, how it is counted, and its open data.</summary>
[Route("impact")]
public sealed class ImpactController(IMediator mediator, TimeProvider clock) : Controller
{
    [HttpGet(""), OutputCache(PolicyName = SharedReadCache.PagePolicy)]
    public async Task<IActionResult> Index(int? year, CancellationToken ct) =>
        View(await mediator.Send(new MarketFigures.Query(YearOf(year)), ct));

    [HttpGet("method")]
    public IActionResult Method() => View();

    [HttpGet("{year:int}.csv")]
    public async Task<IActionResult> Csv(int year, CancellationToken ct) =>
        File(OpenData.Csv(await mediator.Send(new MarketFigures.Query(YearOf(year)), ct)), CsvFile.ContentType, $"social-economy-impact-{YearOf(year)}.csv");

    [HttpGet("{year:int}.json")]
    public async Task<IActionResult> Json(int year, CancellationToken ct) =>
        File(OpenData.JsonOf(await mediator.Send(new MarketFigures.Query(YearOf(year)), ct)), "application/json; charset=utf-8", $"social-economy-impact-{YearOf(year)}.json");

    /// <summary>This Korean year unless one from the first possible to this one is asked for.</summary>
    private int YearOf(int? year)
    {
        var current = KoreaTime.Today(clock).Year;
        return year is { } y && y >= Domain.Enterprises.SocialValueYear.FirstYear && y <= current ? y : current;
    }
}
