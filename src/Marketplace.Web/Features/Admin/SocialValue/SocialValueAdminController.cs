using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.SocialValue;

[Authorize(Roles = Roles.Operator), Route("admin/social-value")]
public sealed class SocialValueAdminController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(bool unverified, CancellationToken ct) => FiguresPage(unverified, ct);

    [HttpPost("{id:int}/verify"), ReshowWith(nameof(FiguresPage))]
    public async Task<IActionResult> Verify(int id, bool verified, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new Verify.Command(id, memberId, verified), ct) ? Redirect("/admin/social-value") : NotFound();

    private async Task<IActionResult> FiguresPage(bool unverified, CancellationToken ct) =>
        View("Index", await mediator.Send(new Figures.Query(unverified), ct));
}
