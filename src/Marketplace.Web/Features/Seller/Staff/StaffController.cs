using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Staff;

public sealed class StaffController(IMediator mediator) : Controller
{
    [HttpGet("/seller/staff"), Authorize(Roles = Roles.EnterpriseStaff), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
    public Task<IActionResult> Index([Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => StaffPage(enterprise, ct);

    [HttpPost("/seller/staff"), Authorize(Roles = Roles.EnterpriseStaff), ActsFor(Party.Enterprise), ReshowWith(nameof(StaffPage))]
    public async Task<IActionResult> Index(string? email, [Current(CurrentPart.Enterprise)] int enterprise, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        await mediator.Send(new StaffInvitations.Invite(enterprise, memberId, email?.Trim() ?? ""), ct);
        return Redirect("/seller/staff");
    }

    [HttpGet("/seller/join/{id:guid}"), Authorize]
    public IActionResult Join(Guid id) => View(id);

    [HttpPost("/seller/join/{id:guid}"), Authorize, ReshowWith(nameof(Join))]
    public async Task<IActionResult> Join(Guid id, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new StaffInvitations.Join(id, memberId), ct) ? Redirect("/seller") : NotFound();

    private async Task<IActionResult> StaffPage(int enterprise, CancellationToken ct) =>
        View("Index", await mediator.Send(new StaffInvitations.ListQuery(enterprise), ct));
}
