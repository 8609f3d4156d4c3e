using Marketplace.Web.Infrastructure.Files;
using System.Text;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Sales;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/sales")]
public sealed class SellerSalesController(IMediator mediator, MarketplaceDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, int? month, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return Redirect("/seller/apply");
        var today = KoreaTime.Today(clock);
        return View(await mediator.Send(new SellerSales.Query(enterprise, year ?? today.Year, month), ct));
    }

    /// <summary>The month's statement as CSV (UTF-8 with a byte-order mark, so spreadsheets read Korean).</summary>
    [HttpGet("statements/{year:int}-{month:int}.csv")]
    public async Task<IActionResult> StatementCsv(int year, int month, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        var report = await mediator.Send(new SellerSales.Query(enterprise, year, month), ct);
        var s = report.Statement!;
        var rows = new List<IReadOnlyList<object?>>
        {
            new object[] { "year", "month", "gross_won", "refunds_won", "net_sales_won", "commission_rate", "commission_won", "payable_won", "issued" },
            new object[] { s.Year, s.Month, s.Gross, s.Refunds, s.NetSales, s.CommissionRate, s.Commission, s.Payable, s.Issued ? "yes" : "provisional" },
            Array.Empty<object?>(),
            new object[] { "date", "channel", "orders", "gross_won", "refunds_won", "net_won" },
        };
        rows.AddRange(report.Rows.Select(row => (IReadOnlyList<object?>)new object[] { row.Period, row.Channel, row.Orders, row.Gross, row.Refunds, row.Net }));
        return File(CsvFile.Write(rows), CsvFile.ContentType,
            $"settlement-{year}-{month:D2}.csv");
    }
}
