using Marketplace.Domain.Members;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Orders;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/orders"), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
public sealed class SellerOrdersController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SellerOrders.ListQuery query, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        View(await mediator.Send(query with { EnterpriseId = enterprise }, ct));

    /// <summary>The same orders as a workbook, a row per line.</summary>
    [HttpGet("/seller/orders.xlsx")]
    public async Task<IActionResult> Export([FromQuery] SellerOrders.ListQuery query, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct)
    {
        var file = await mediator.Send(new SellerOrders.ExportQuery(query with { EnterpriseId = enterprise, Page = 1 }), ct);
        return File(file.Bytes, file.ContentType, file.Name);
    }

    [HttpGet("tracking")]
    public IActionResult Tracking() => View("Tracking", new SellerOrders.TrackingResult(0, []));

    [HttpPost("tracking"), RequestSizeLimit(SellerOrders.MaxTrackingBytes + 64 * 1024)]
    public async Task<IActionResult> Tracking(IFormFile? file, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        if (file is not null) await file.CopyToAsync(buffer, ct);
        var result = await mediator.Send(new SellerOrders.ImportTracking(enterprise, buffer.ToArray()), ct);
        if (result.Shipped == 0 && result.Errors.Count > 0) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Tracking", result);
    }

    [HttpGet("{id:int}")]
    public Task<IActionResult> Details(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => DetailsPage(id, enterprise, ct);

    [HttpPost("{id:int}/accept"), ReshowWith(nameof(DetailsPage))]
    public Task<IActionResult> Accept(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        AdvanceAsync(new SellerOrders.Advance(enterprise, id, SellerOrders.Step.Accept, null, null), ct);

    [HttpPost("{id:int}/ship"), ReshowWith(nameof(DetailsPage))]
    public Task<IActionResult> Ship(int id, string? carrier, string? trackingNumber, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        AdvanceAsync(new SellerOrders.Advance(enterprise, id, SellerOrders.Step.Ship, carrier?.Trim(), trackingNumber?.Trim()), ct);

    [HttpPost("{id:int}/deliver"), ReshowWith(nameof(DetailsPage))]
    public Task<IActionResult> Deliver(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        AdvanceAsync(new SellerOrders.Advance(enterprise, id, SellerOrders.Step.Deliver, null, null), ct);

    [HttpPost("{id:int}/cancel"), ReshowWith(nameof(DetailsPage))]
    public async Task<IActionResult> Cancel(int id, string? note, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        await mediator.Send(new SellerOrders.CancelBySeller(enterprise, id, note), ct) ? Redirect($"/seller/orders/{id}") : NotFound();

    private async Task<IActionResult> AdvanceAsync(SellerOrders.Advance step, CancellationToken ct) =>
        await mediator.Send(step, ct) ? Redirect($"/seller/orders/{step.OrderId}") : NotFound();

    private async Task<IActionResult> DetailsPage(int id, int enterprise, CancellationToken ct) =>
        await mediator.Send(new SellerOrders.DetailQuery(enterprise, id), ct) is { } order ? View("Details", order) : NotFound();
}
