using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Shop.Reviews;

[Authorize]
public sealed class ReviewsController(IMediator mediator) : Controller
{
    [HttpGet("/orders/{orderId:int}/lines/{lineId:int}/review")]
    public Task<IActionResult> New(int orderId, int lineId, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        FormPage(orderId, lineId, memberId, null, ct);

    [HttpPost("/orders/{orderId:int}/lines/{lineId:int}/review"), RequestSizeLimit(Domain.Catalog.Review.MaxPhotos * Infrastructure.Storage.ImageStore.MaxBytes + 64 * 1024),
     ReshowWith(nameof(FormPage))]
    public async Task<IActionResult> Write(int orderId, int lineId, [Bind(Prefix = "Form")] WriteReview.Form form, List<IFormFile>? photos,
        [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        var id = await mediator.Send(new WriteReview.Command(memberId, orderId, lineId, form, photos ?? []), ct);
        return id is null ? NotFound() : Redirect($"/orders/{orderId}#reviewed-{lineId}");
    }

    [HttpPost("/reviews/{id:int}/report"), ReshowWith(nameof(Reported))]
    /// <param name="productId">The page the report was sent from, to go back to when it is refused.</param>
    public async Task<IActionResult> Report(int id, int productId, string? reason, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new ReportReview.Command(memberId, id, reason), ct) is { } product ? Redirect($"/products/{product}?reported={id}#reviews") : NotFound();

    [HttpGet("/account/reviews")]
    public async Task<IActionResult> Mine([Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        View("Mine", await mediator.Send(new MyReviews.Query(memberId), ct));

    private async Task<IActionResult> FormPage(int orderId, int lineId, string memberId, WriteReview.Form? form, CancellationToken ct) =>
        await mediator.Send(new ReviewForm.Query(memberId, orderId, lineId), ct) is { } page
            ? View("New", form is null ? page : page with { Form = form })
            : NotFound();

    /// <summary>A refused report (no reason, or a second one) is told on a page of its own, with the way back.</summary>
    private IActionResult Reported(int productId) => View("Reported", productId);
}
