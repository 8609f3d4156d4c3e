using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.Reviews;

[Authorize(Roles = Roles.Operator), Route("admin/reviews")]
public sealed class ReviewsAdminController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => Page(ct);

    [HttpPost("{id:int}/hide"), ReshowWith(nameof(Page))]
    public async Task<IActionResult> Hide(int id, string? reason, CancellationToken ct) =>
        await mediator.Send(new HideReview.Command(id, reason), ct) ? Redirect("/admin/reviews") : NotFound();

    private async Task<IActionResult> Page(CancellationToken ct) => View("Index", await mediator.Send(new ReportedReviews.Query(), ct));
}
