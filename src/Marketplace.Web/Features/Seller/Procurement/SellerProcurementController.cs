using Marketplace.Domain.Members;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Procurement.Documents;
using Marketplace.Web.Features.Procurement.Invoices;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Procurement;

/// <summary><c>/seller/procurement</c>: quote requests addressed to the enterprise and purchase orders
/// its customers' institutions have approved.</summary>
[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/procurement"), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
public sealed class SellerProcurementController(IMediator mediator) : Controller
{
    [HttpGet("quotes")]
    public async Task<IActionResult> Quotes([Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        View(await mediator.Send(new SellerProcurement.InboxQuery(enterprise), ct));

    [HttpGet("quotes/{id:int}")]
    public Task<IActionResult> Quote(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => QuotePage(id, enterprise, null, ct);

    [HttpPost("quotes/{id:int}"), ReshowWith(nameof(QuotePage))]
    public async Task<IActionResult> Quote(int id, [Bind(Prefix = "Form")] SellerProcurement.QuoteForm form,
        [Current(CurrentPart.Enterprise)] int enterprise, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new SellerProcurement.SubmitQuote(enterprise, memberId, id, form), ct)
            ? Redirect($"/seller/procurement/quotes/{id}?submitted=1#my-answer")
            : NotFound();

    [HttpPost("quotes/{id:int}/decline"), ReshowWith(nameof(QuotePage))]
    public async Task<IActionResult> DeclineRequest(int id, string? reason, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        await mediator.Send(new SellerProcurement.DeclineRequest(enterprise, id, reason?.Trim() ?? ""), ct)
            ? Redirect($"/seller/procurement/quotes/{id}")
            : NotFound();

    [HttpPost("quotes/{id:int}/attachments"), ReshowWith(nameof(QuotePage)), RequestSizeLimit(Infrastructure.Storage.DocumentStore.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Attach(int id, IFormFile? file, [Current(CurrentPart.Enterprise)] int enterprise,
        [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new Web.Features.Procurement.Attachments.QuoteAttachments.Upload(new(null, enterprise), memberId, id, file), ct)
            ? Redirect($"/seller/procurement/quotes/{id}#attachments")
            : NotFound();

    [HttpGet("quotes/{id:int}/attachments/{attachmentId:int}")]
    public async Task<IActionResult> Attachment(int id, int attachmentId, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        await mediator.Send(new Web.Features.Procurement.Attachments.QuoteAttachments.Download(new(null, enterprise), id, attachmentId), ct) is { } file
            ? File(file.Content, file.ContentType, file.FileName)
            : NotFound();

    [HttpGet("orders")]
    public async Task<IActionResult> Orders([Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        View(await mediator.Send(new PurchaseOrders.ListQuery(new OrderScope(EnterpriseId: enterprise)), ct));

    [HttpGet("orders/{id:int}")]
    public Task<IActionResult> Order(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => OrderPage(id, enterprise, ct);

    [HttpPost("orders/{id:int}/confirm"), ReshowWith(nameof(OrderPage))]
    public Task<IActionResult> Confirm(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        ActAsync(id, new SellerProcurement.Respond(enterprise, id, SellerProcurement.Decision.Confirm, null), ct);

    [HttpPost("orders/{id:int}/decline"), ReshowWith(nameof(OrderPage))]
    public Task<IActionResult> Decline(int id, string? reason, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        ActAsync(id, new SellerProcurement.Respond(enterprise, id, SellerProcurement.Decision.Decline, reason?.Trim()), ct);

    /// <summary>Quantities arrive as <c>quantities[lineId]=n</c>.</summary>
    [HttpPost("orders/{id:int}/ship"), ReshowWith(nameof(OrderPage))]
    public Task<IActionResult> Ship(int id, Dictionary<int, int> quantities, string? carrier, string? trackingNumber, DeliveryMethod? method,
        [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        ActAsync(id, new SellerProcurement.Ship(enterprise, id, quantities, carrier?.Trim() ?? "", trackingNumber?.Trim() ?? "", method ?? DeliveryMethod.Courier), ct);

    [HttpPost("invoices/{invoiceId:int}/payments"), ReshowWith(nameof(PaymentOrderPage))]
    public async Task<IActionResult> RecordPayment(int invoiceId, int orderId, DateOnly? paidOn, long amount, string? reference,
        [Current(CurrentPart.Enterprise)] int enterprise, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new InvoicePayments.Record(enterprise, memberId, invoiceId, paidOn, amount, reference?.Trim() ?? ""), ct) is { } id
            ? Redirect($"/seller/procurement/orders/{id}")
            : NotFound();

    [HttpPost("invoices/{invoiceId:int}/tax-approval"), ReshowWith(nameof(PaymentOrderPage))]
    public async Task<IActionResult> RecordTaxApproval(int invoiceId, int orderId, string? approvalNumber,
        [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        await mediator.Send(new Web.Features.Procurement.Invoices.RecordTaxApproval.Command(enterprise, invoiceId, approvalNumber?.Trim() ?? ""), ct) is { } id
            ? Redirect($"/seller/procurement/orders/{id}#invoice-title")
            : NotFound();

    [HttpGet("documents/{id:int}")]
    public async Task<IActionResult> Document(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        await mediator.Send(new ShowDocument.Query(new OrderScope(EnterpriseId: enterprise), id), ct) is { } page ? View("Document", page) : NotFound();

    [HttpGet("documents/{id:int}/pdf")]
    public async Task<IActionResult> DocumentPdf(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        this.Pdf(await mediator.Send(new DownloadDocument.Query(new OrderScope(EnterpriseId: enterprise), id), ct));

    private async Task<IActionResult> ActAsync(int id, IRequest<bool> step, CancellationToken ct) =>
        await mediator.Send(step, ct) ? Redirect($"/seller/procurement/orders/{id}") : NotFound();

    private async Task<IActionResult> OrderPage(int id, int enterprise, CancellationToken ct) =>
        await mediator.Send(new PurchaseOrders.DetailQuery(new OrderScope(EnterpriseId: enterprise), id), ct) is { } detail
            ? View("Order", detail)
            : NotFound();

    private Task<IActionResult> PaymentOrderPage(int orderId, int enterprise, CancellationToken ct) => OrderPage(orderId, enterprise, ct);

    /// <param name="form">The answer the enterprise typed, when it is shown again.</param>
    private async Task<IActionResult> QuotePage(int id, int enterprise, SellerProcurement.QuoteForm? form, CancellationToken ct)
    {
        if (await mediator.Send(new SellerProcurement.RequestQuery(enterprise, id), ct) is not { } detail) return NotFound();
        ViewData["Form"] = form;
        return View("Quote", detail);
    }
}
