using Marketplace.Web.Infrastructure.Files;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Reports;

[Authorize(Roles = $"{Roles.InstitutionBuyer},{Roles.InstitutionApprover}"), Route("procurement/reports")]
public sealed class PurchaseResultsController(IMediator mediator, MarketplaceDbContext db, IStringLocalizer<Texts> texts, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        if (await db.InstitutionOfAsync(User, ct) is not { } institution) return Redirect("/procurement/apply");
        return View(await mediator.Send(new PurchaseResults.Query(institution, year ?? KoreaTime.Today(clock).Year), ct));
    }

    [HttpPost("total")]
    public async Task<IActionResult> SetTotal(int year, long? totalPurchasesWon, CancellationToken ct)
    {
        if (await db.InstitutionOfAsync(User, ct) is not { } institution) return NotFound();
        try
        {
            await mediator.Send(new PurchaseResults.SetTotal(institution, year, totalPurchasesWon ?? -1), ct);
            return Redirect($"/procurement/reports?year={year}");
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await mediator.Send(new PurchaseResults.Query(institution, Math.Clamp(year, 2012, 2100)), ct));
    }

    [HttpGet("{year:int}.csv")]
    public Task<IActionResult> Csv(int year, CancellationToken ct) =>
        FileAsync(year, table => (ResultsFiles.Csv(table), CsvFile.ContentType, "csv"), ct);

    [HttpGet("{year:int}.xlsx")]
    public Task<IActionResult> Xlsx(int year, CancellationToken ct) =>
        FileAsync(year, table => (ResultsFiles.Xlsx(table, texts["Reports.SheetName", year]), XlsxFile.ContentType, "xlsx"), ct);

    private async Task<IActionResult> FileAsync(int year, Func<ResultsFiles.Table, (byte[], string, string)> write, CancellationToken ct)
    {
        if (await db.InstitutionOfAsync(User, ct) is not { } institution) return NotFound();
        var report = await mediator.Send(new PurchaseResults.Query(institution, year), ct);
        var (bytes, type, extension) = write(ResultsFiles.Rows(report, texts));
        return File(bytes, type, $"preferential-purchase-{report.InstitutionCode}-{year}.{extension}");
    }
}
