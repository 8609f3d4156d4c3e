using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.Listings;

[Authorize(Roles = Roles.Operator), Route("admin/listings")]
public sealed class ListingReviewController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => QueuePage(ct);

    [HttpPost("{id:int}/decide"), ReshowWith(nameof(QueuePage))]
    public async Task<IActionResult> Decide(int id, bool isChange, int revision, Decision decision, string? reason, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new ListingReview.Decide(memberId, id, isChange, revision, decision, reason?.Trim()), ct) ? Redirect("/admin/listings") : NotFound();

    private async Task<IActionResult> QueuePage(CancellationToken ct) => View("Index", await mediator.Send(new ListingReview.QueueQuery(), ct));
}
