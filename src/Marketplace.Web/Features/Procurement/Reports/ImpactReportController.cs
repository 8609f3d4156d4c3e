using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Features.Procurement.Documents;
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
    public async Task<IActionResult> Xlsx(int year, [Current(CurrentPart.Institution)] int institution, CancellationToken ct)
    {
        var file = await mediator.Send(new ImpactFiles.XlsxQuery(institution, Math.Clamp(year, 2012, 2100)), ct);
        return File(file.Bytes, file.ContentType, file.Name);
    }

    [HttpGet("{year:int}.pdf")]
    public async Task<IActionResult> Pdf(int year, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) =>
        this.Pdf(await mediator.Send(new ImpactFiles.PdfQuery(institution, Math.Clamp(year, 2012, 2100)), ct));
}
