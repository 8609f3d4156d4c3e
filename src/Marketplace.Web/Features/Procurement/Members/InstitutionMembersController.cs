using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Procurement.Members;

public sealed class InstitutionMembersController(IMediator mediator) : Controller
{
    [HttpGet("/procurement/members"), Authorize(Roles = $"{Roles.InstitutionBuyer},{Roles.InstitutionApprover}")]
    [ActsFor(Party.Institution, OrElse = "/procurement/apply")]
    public Task<IActionResult> Index([Current(CurrentPart.Institution)] int institution, CancellationToken ct) => MembersPage(institution, ct);

    /// <summary>Only approvers invite: whoever may approve orders decides who may write them.</summary>
    [HttpPost("/procurement/members"), Authorize(Roles = Roles.InstitutionApprover), ActsFor(Party.Institution), ReshowWith(nameof(MembersPage))]
    public async Task<IActionResult> Index(string? email, string? role,
        [Current(CurrentPart.Institution)] int institution, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        await mediator.Send(new InstitutionMembers.Invite(institution, memberId, email?.Trim() ?? "", role ?? ""), ct);
        return Redirect("/procurement/members");
    }

    [HttpGet("/procurement/join/{id:guid}"), Authorize]
    public IActionResult Join(Guid id) => View(id);

    [HttpPost("/procurement/join/{id:guid}"), Authorize, ReshowWith(nameof(Join))]
    public async Task<IActionResult> Join(Guid id, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new InstitutionMembers.Join(id, memberId), ct) ? Redirect("/procurement/orders") : NotFound();

    private async Task<IActionResult> MembersPage(int institution, CancellationToken ct) =>
        View("Index", await mediator.Send(new InstitutionMembers.ListQuery(institution), ct));
}
