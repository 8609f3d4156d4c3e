using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Members;

public sealed class InstitutionMembersController(IMediator mediator, MarketplaceDbContext db, IStringLocalizer<Texts> texts) : Controller
{
    [HttpGet("/procurement/members"), Authorize(Roles = $"{Roles.InstitutionBuyer},{Roles.InstitutionApprover}")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await db.InstitutionOfAsync(User, ct) is { } institution
            ? View(await mediator.Send(new InstitutionMembers.ListQuery(institution), ct))
            : Redirect("/procurement/apply");

    /// <summary>Only approvers invite: whoever may approve orders decides who may write them.</summary>
    [HttpPost("/procurement/members"), Authorize(Roles = Roles.InstitutionApprover)]
    public async Task<IActionResult> Index(string? email, string? role, CancellationToken ct)
    {
        if (await db.InstitutionOfAsync(User, ct) is not { } institution) return NotFound();
        try
        {
            await mediator.Send(new InstitutionMembers.Invite(institution, User.MemberId(), email?.Trim() ?? "", role ?? "", $"{Request.Scheme}://{Request.Host}"), ct);
            return Redirect("/procurement/members");
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await mediator.Send(new InstitutionMembers.ListQuery(institution), ct));
    }

    [HttpGet("/procurement/join/{id:guid}"), Authorize]
    public IActionResult Join(Guid id) => View(id);

    [HttpPost("/procurement/join/{id:guid}"), Authorize]
    public async Task<IActionResult> Join(Guid id, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(new InstitutionMembers.Join(id, User.MemberId()), ct) ? Redirect("/procurement/orders") : NotFound();
        }
        catch (DomainException broken)
        {
            ModelState.AddModelError("", texts[broken.Code]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(id);
        }
    }
}
