using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.Stories;

[Authorize(Roles = Roles.Operator), Route("admin/stories")]
public sealed class StoryReviewController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => QueuePage(ct);

    [HttpPost("{id:int}/decide"), ReshowWith(nameof(QueuePage))]
    public async Task<IActionResult> Decide(int id, Decision decision, string? reason, CancellationToken ct) =>
        await mediator.Send(new StoryReview.Decide(id, decision, reason?.Trim()), ct) ? Redirect("/admin/stories") : NotFound();

    private async Task<IActionResult> QueuePage(CancellationToken ct) => View("Index", await mediator.Send(new StoryReview.QueueQuery(), ct));
}
