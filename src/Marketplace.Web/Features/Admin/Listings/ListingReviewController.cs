using System.Security.Claims;
using Marketplace.Domain.Common;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Listings;

[Authorize(Roles = Roles.Operator), Route("admin/listings")]
public sealed class ListingReviewController(IMediator mediator, IStringLocalizer<Texts> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await mediator.Send(new ListingReview.QueueQuery(), ct));

    [HttpPost("{id:int}/decide")]
    public async Task<IActionResult> Decide(int id, bool isChange, Decision decision, string? reason, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(new ListingReview.Decide(User.FindFirstValue(ClaimTypes.NameIdentifier)!, id, isChange, decision, reason?.Trim()), ct) ? Redirect("/admin/listings") : NotFound();
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await mediator.Send(new ListingReview.QueueQuery(), ct));
    }
}
