using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Procurement.Reports;

/// <summary><c>/procurement/reports</c>: the year's preferential-purchase results, and their files.</summary>
[Authorize(Roles = $"{Roles.InstitutionBuyer},{Roles.InstitutionApprover}"), Route("procurement/reports")]
[ActsFor(Party.Institution, OrElse = "/procurement/apply")]
public sealed class PurchaseResultsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) =>
        View(await mediator.Send(new PurchaseResults.Query(institution, year), ct));

    [HttpPost("total"), ReshowWith(nameof(ReportPage))]
    public async Task<IActionResult> SetTotal(int year, long? totalPurchasesWon, [Current(CurrentPart.Institution)] int institution, CancellationToken ct)
    {
        await mediator.Send(new PurchaseResults.SetTotal(institution, year, totalPurchasesWon ?? -1), ct);
        return Redirect($"/procurement/reports?year={year}");
    }

    [HttpPost("target"), ReshowWith(nameof(ReportPage))]
    public async Task<IActionResult> SetTarget(int year, decimal? targetPercent, [Current(CurrentPart.Institution)] int institution, CancellationToken ct)
    {
        await mediator.Send(new PurchaseResults.SetTarget(institution, year, targetPercent), ct);
        return Redirect($"/procurement/reports?year={year}#progress");
    }

    [HttpGet("{year:int}.csv")]
    public Task<IActionResult> Csv(int year, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) =>
        FileAsync(new ResultsFile.Query(institution, year, ResultsFile.Format.Csv), ct);

    [HttpGet("{year:int}.xlsx")]
    public Task<IActionResult> Xlsx(int year, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) =>
        FileAsync(new ResultsFile.Query(institution, year, ResultsFile.Format.Xlsx), ct);

    private async Task<IActionResult> FileAsync(ResultsFile.Query query, CancellationToken ct)
    {
        var file = await mediator.Send(query, ct);
        return File(file.Bytes, file.ContentType, file.Name);
    }

    /// <param name="year">The year of the refused form; one the results do not cover shows the nearest that they do.</param>
    private async Task<IActionResult> ReportPage(int year, int institution, CancellationToken ct) =>
        View("Index", await mediator.Send(new PurchaseResults.Query(institution, Math.Clamp(year, 2012, 2100)), ct));
}
