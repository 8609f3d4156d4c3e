using Marketplace.Domain.Common;
using Marketplace.Domain.Members;
using Marketplace.Web.Features.Procurement.Reports;
using Marketplace.Web.Features.Procurement;
using Marketplace.Web.Features.Procurement.Invoices;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin;

/// <summary><c>/admin/invoices</c>: every procurement invoice, overdue ones flagged; the operator
/// records bank transfers that reached the platform's account and reads any purchase order.</summary>
public sealed record ProcurementOverview(int Year, IReadOnlyList<PurchaseResults.InstitutionRow> Institutions, IReadOnlyList<InvoicePayments.Row> Invoices, bool OverdueOnly);

[Authorize(Roles = Roles.Operator), Route("admin")]
public sealed class ProcurementAdminController(IMediator mediator, IStringLocalizer<Texts> texts, TimeProvider clock) : Controller
{
    /// <summary>What each institution bought this year (or <c>?year=</c>), and the invoices, overdue ones flagged.</summary>
    [HttpGet("invoices")]
    public async Task<IActionResult> Invoices(bool overdue, int? year, CancellationToken ct)
    {
        var y = year ?? KoreaTime.Today(clock).Year;
        if (y is < 2012 or > 2100) return BadRequest();
        return View("~/Features/Admin/Procurement/Invoices.cshtml", new ProcurementOverview(y,
            await mediator.Send(new PurchaseResults.ByInstitutionQuery(y), ct), await mediator.Send(new InvoicePayments.ListQuery(overdue), ct), overdue));
    }

    [HttpGet("purchase-orders/{id:int}")]
    public Task<IActionResult> Order(int id, CancellationToken ct) => OrderViewAsync(id, ct);

    [HttpPost("invoices/{invoiceId:int}/payments")]
    public async Task<IActionResult> RecordPayment(int invoiceId, int orderId, DateOnly? paidOn, long amount, string? reference, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(new InvoicePayments.Record(null, User.MemberId(), invoiceId, paidOn, amount, reference?.Trim() ?? ""), ct) is { } id
                ? Redirect($"/admin/purchase-orders/{id}")
                : NotFound();
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await OrderViewAsync(orderId, ct);
    }

    private async Task<IActionResult> OrderViewAsync(int id, CancellationToken ct)
    {
        var detail = await mediator.Send(new PurchaseOrders.DetailQuery(new OrderScope(Operator: true), id), ct);
        return detail is null ? NotFound() : View("~/Features/Admin/Procurement/Order.cshtml", detail);
    }
}
