using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Procurement.Reports;

/// <summary><c>/procurement/impact</c>: the social value of the year's purchases, and its files.</summary>
[Authorize(Roles = $"{Roles.InstitutionBuyer},{Roles.InstitutionApprover}"), Route("procurement/impact")]
[ActsFor(Party.Institution, OrElse = "/procurement/apply")]
public sealed class ImpactReportController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) =>
        View("ImpactReport", await mediator.Send(new ImpactReport.Query(institution, year), ct));

    [HttpGet("{year:int}.xlsx")]
    public Task<IActionResult> Xlsx(int year, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) =>
        FileAsync(new ImpactFiles.Query(institution, Math.Clamp(year, 2012, 2100), ImpactFiles.Format.Xlsx), ct);

    [HttpGet("{year:int}.pdf")]
    public Task<IActionResult> Pdf(int year, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) =>
        FileAsync(new ImpactFiles.Query(institution, Math.Clamp(year, 2012, 2100), ImpactFiles.Format.Pdf), ct);

    private async Task<IActionResult> FileAsync(ImpactFiles.Query query, CancellationToken ct)
    {
        var download = await mediator.Send(query, ct);
        if (download?.File is { } file) return File(file.Bytes, file.ContentType, file.Name);
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return View("DocumentFontMissing", download?.MissingFont);
    }
}
