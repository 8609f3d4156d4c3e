using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Storage;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Stories;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/stories"), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
public sealed class StoriesController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index([Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => StoriesPage(enterprise, ct);

    [HttpPost(""), RequestSizeLimit(ImageStore.MaxBytes + 64 * 1024), ReshowWith(nameof(StoriesPage))]
    public async Task<IActionResult> Write(int? id, string? title, string? body, IFormFile? photo, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        await mediator.Send(new SaveStory.Command(enterprise, id, title ?? "", body ?? "", photo), ct) ? Redirect("/seller/stories?sent=1") : NotFound();

    private async Task<IActionResult> StoriesPage(int enterprise, CancellationToken ct) => View("Index", await mediator.Send(new MyStories.Query(enterprise), ct));
}
