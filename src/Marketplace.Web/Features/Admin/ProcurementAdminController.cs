using Marketplace.Domain.Members;
using Marketplace.Web.Features.Admin.Procurement;
using Marketplace.Web.Features.Procurement.Invoices;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin;

/// <summary><c>/admin/invoices</c>: every procurement invoice, overdue ones flagged; the operator
/// records bank transfers that reached the platform's account and reads any purchase order.</summary>
[Authorize(Roles = Roles.Operator), Route("admin")]
public sealed class ProcurementAdminController(IMediator mediator) : Controller
{
    /// <summary>What each institution bought this year (or <c>?year=</c>), and the invoices, overdue ones flagged.</summary>
    [HttpGet("invoices")]
    public async Task<IActionResult> Invoices(bool overdue, int? year, CancellationToken ct) =>
        View("~/Features/Admin/Procurement/Invoices.cshtml", await mediator.Send(new Overview.Query(overdue, year), ct));

    [HttpGet("purchase-orders/{id:int}")]
    public Task<IActionResult> Order(int id, CancellationToken ct) => OrderPage(id, ct);

    [HttpPost("invoices/{invoiceId:int}/payments"), ReshowWith(nameof(PaymentOrderPage))]
    public async Task<IActionResult> RecordPayment(int invoiceId, int orderId, DateOnly? paidOn, long amount, string? reference,
        [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new InvoicePayments.Record(null, memberId, invoiceId, paidOn, amount, reference?.Trim() ?? ""), ct) is { } id
            ? Redirect($"/admin/purchase-orders/{id}")
            : NotFound();

    [HttpGet("documents/{id:int}")]
    public async Task<IActionResult> Document(int id, CancellationToken ct) =>
        await mediator.Send(new Web.Features.Procurement.Documents.ShowDocument.Query(new OrderScope(Operator: true), id), ct) is { } page ? View("Document", page) : NotFound();

    [HttpGet("documents/{id:int}/pdf")]
    public async Task<IActionResult> DocumentPdf(int id, CancellationToken ct) =>
        Web.Features.Procurement.Documents.DocumentResults.Pdf(this, await mediator.Send(new Web.Features.Procurement.Documents.DownloadDocument.Query(new OrderScope(Operator: true), id), ct));

    private Task<IActionResult> PaymentOrderPage(int orderId, CancellationToken ct) => OrderPage(orderId, ct);

    private async Task<IActionResult> OrderPage(int id, CancellationToken ct) =>
        await mediator.Send(new PurchaseOrders.DetailQuery(new OrderScope(Operator: true), id), ct) is { } detail
            ? View("~/Features/Admin/Procurement/Order.cshtml", detail)
            : NotFound();
}
