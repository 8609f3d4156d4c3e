using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Files;
using Marketplace.Web.Infrastructure.Members;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Sales;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/sales"), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
public sealed class SellerSalesController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, int? month, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        View(await mediator.Send(new SellerSales.Query(enterprise, year, month), ct));

    /// <summary>The month's statement as CSV (UTF-8 with a byte-order mark, so spreadsheets read Korean).</summary>
    [HttpGet("statements/{year:int}-{month:int}.csv")]
    public async Task<IActionResult> StatementCsv(int year, int month, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct)
    {
        var file = await mediator.Send(new StatementFile.Query(enterprise, year, month), ct);
        return File(file.Bytes, file.ContentType, file.Name);
    }
}
