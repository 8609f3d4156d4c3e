using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Files;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.Dashboards;

/// <summary>Sign-ups and sales per enterprise over a range (this Korean year by default), as pages and CSV.</summary>
[Authorize(Roles = Roles.Operator)]
public sealed class DashboardsController(IMediator mediator) : Controller
{
    [HttpGet("/admin/members")]
    public async Task<IActionResult> Members(DateOnly? from, DateOnly? to, Grain grain = Grain.Month, CancellationToken ct = default) =>
        View(await mediator.Send(new MemberSignUps.Query(from, to, grain), ct));

    [HttpGet("/admin/members.csv")]
    public async Task<IActionResult> MembersCsv(DateOnly? from, DateOnly? to, Grain grain = Grain.Month, CancellationToken ct = default) =>
        Csv(await mediator.Send(new DashboardFiles.MembersQuery(from, to, grain), ct));

    [HttpGet("/admin/sales")]
    public async Task<IActionResult> Sales(DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        View(await mediator.Send(new SalesByEnterprise.Query(from, to), ct));

    // An enterprise that does not exist has no sales page: 404, not an empty ranking.

    [HttpGet("/admin/sales/{enterpriseId:int}")]
    public async Task<IActionResult> EnterpriseSales(int enterpriseId, DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        await mediator.Send(new SalesByEnterprise.Query(from, to, enterpriseId), ct) is { } report ? View("Sales", report) : NotFound();

    [HttpGet("/admin/sales.csv")]
    public async Task<IActionResult> SalesCsv(DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        Csv(await mediator.Send(new DashboardFiles.SalesQuery(from, to), ct));

    private FileContentResult Csv(DownloadFile file) => File(file.Bytes, file.ContentType, file.Name);
}
