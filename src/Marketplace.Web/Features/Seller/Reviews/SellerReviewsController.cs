using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Reviews;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/reviews"), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
public sealed class SellerReviewsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        View(await mediator.Send(new SellerReviews.Query(enterprise), ct));

    [HttpPost("{id:int}/reply"), ReshowWith(nameof(Page))]
    public async Task<IActionResult> Reply(int id, string? text, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        await mediator.Send(new ReplyToReview.Command(enterprise, id, text), ct) ? Redirect($"/seller/reviews#review-{id}") : NotFound();

    private async Task<IActionResult> Page(int enterprise, CancellationToken ct) => View("Index", await mediator.Send(new SellerReviews.Query(enterprise), ct));
}
