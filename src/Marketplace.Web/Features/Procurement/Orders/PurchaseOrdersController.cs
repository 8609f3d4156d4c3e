using System.Security.Claims;
using Marketplace.Domain.Members;
using Marketplace.Web.Features.Procurement.Documents;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Procurement.Orders;

public sealed record DirectPurchasePage(DirectPurchase.Preview Preview, DirectPurchase.Form Form);

/// <summary><c>/procurement/orders</c> and direct purchase, for the buyers and approvers of a verified institution.</summary>
[Authorize(Roles = $"{Roles.InstitutionBuyer},{Roles.InstitutionApprover}"), Route("procurement")]
[ActsFor(Party.Institution, OrElse = "/procurement/apply")]
public sealed class PurchaseOrdersController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public IActionResult Home() => Redirect("/procurement/orders");

    [HttpGet("orders")]
    public async Task<IActionResult> Index(PurchaseOrderStatus? status, [Current(CurrentPart.Institution)] int institution, CancellationToken ct)
    {
        ViewData["Status"] = status;
        return View(await mediator.Send(new PurchaseOrders.ListQuery(new OrderScope(InstitutionId: institution), status), ct));
    }

    [HttpGet("orders/{id:int}")]
    public Task<IActionResult> Details(int id, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) => DetailsPage(id, institution, ct);

    [HttpPost("orders/{id:int}/approve"), Authorize(Roles = Roles.InstitutionApprover), ReshowWith(nameof(DetailsPage))]
    public async Task<IActionResult> Approve(int id, [Current(CurrentPart.Institution)] int institution, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        Done(id, await mediator.Send(new PurchaseOrders.Approve(institution, memberId, id), ct));

    [HttpPost("orders/{id:int}/reject"), Authorize(Roles = Roles.InstitutionApprover), ReshowWith(nameof(DetailsPage))]
    public async Task<IActionResult> Reject(int id, string? reason, [Current(CurrentPart.Institution)] int institution, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        Done(id, await mediator.Send(new PurchaseOrders.RejectApproval(institution, memberId, id, reason?.Trim() ?? ""), ct));

    /// <summary>Accepted quantities arrive as <c>accepted[lineId]=n</c>.</summary>
    [HttpPost("orders/{id:int}/inspect"), ReshowWith(nameof(DetailsPage))]
    public async Task<IActionResult> Inspect(int id, Dictionary<int, int> accepted, string? note,
        [Current(CurrentPart.Institution)] int institution, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        Done(id, await mediator.Send(new PurchaseOrders.Inspect(institution, memberId, id, accepted, note), ct));

    [HttpGet("documents/{id:int}")]
    public async Task<IActionResult> Document(int id, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) =>
        await mediator.Send(new Documents.ShowDocument.Query(new OrderScope(InstitutionId: institution), id), ct) is { } page ? View("Document", page) : NotFound();

    [HttpGet("documents/{id:int}/pdf")]
    public async Task<IActionResult> DocumentPdf(int id, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) =>
        this.Pdf(await mediator.Send(new Documents.DownloadDocument.Query(new OrderScope(InstitutionId: institution), id), ct));

    /// <summary>후청구: to the card gateway's page for what is still owed.</summary>
    [HttpPost("invoices/{invoiceId:int}/card"), ReshowWith(nameof(CardPaymentPage))]
    public async Task<IActionResult> PayByCard(int invoiceId, int orderId, long outstanding, [Current(CurrentPart.Institution)] int institution,
        [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new Invoices.PayByCard.Command(institution, memberId, User.FindFirstValue(ClaimTypes.Email) ?? User.Identity!.Name!,
            invoiceId, outstanding), ct) is { } gatewayPage
            ? Redirect(gatewayPage)
            : NotFound();

    [HttpGet("invoices/card/{paymentId:guid}")]
    public async Task<IActionResult> CardPaymentReturned(Guid paymentId, [Current(CurrentPart.Institution)] int institution, CancellationToken ct) =>
        await mediator.Send(new Invoices.PayByCard.Returned(institution, paymentId), ct) is { } orderId
            ? Redirect($"/procurement/orders/{orderId}?card=returned#invoice-title")
            : NotFound();

    [HttpGet("products/{id:int}/order")]
    public async Task<IActionResult> Order(int id, int quantity, CancellationToken ct)
    {
        var preview = await mediator.Send(new DirectPurchase.PreviewQuery(id, quantity, null), ct);
        return preview is null ? NotFound() : View(new DirectPurchasePage(preview, new DirectPurchase.Form { Quantity = preview.Quantity }));
    }

    [HttpPost("products/{id:int}/order"), ReshowWith(nameof(OrderPage))]
    public async Task<IActionResult> Order(int id, [Bind(Prefix = "Form")] DirectPurchase.Form form,
        [Current(CurrentPart.Institution)] int institution, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        Redirect($"/procurement/orders/{await mediator.Send(new DirectPurchase.Command(institution, memberId, id, form), ct)}");

    private async Task<IActionResult> OrderPage(int id, DirectPurchase.Form form, CancellationToken ct) =>
        await mediator.Send(new DirectPurchase.PreviewQuery(id, form.Quantity, form.DeliveryDate), ct) is { } preview
            ? View("Order", new DirectPurchasePage(preview, form))
            : NotFound();

    private Task<IActionResult> CardPaymentPage(int orderId, int institution, CancellationToken ct) =>
        DetailsPage(orderId, institution, ct);

    private IActionResult Done(int id, bool found) => found ? Redirect($"/procurement/orders/{id}") : NotFound();

    private async Task<IActionResult> DetailsPage(int id, int institution, CancellationToken ct) =>
        await mediator.Send(new PurchaseOrders.DetailQuery(new OrderScope(InstitutionId: institution), id), ct) is { } detail
            ? View("Details", detail)
            : NotFound();
}
