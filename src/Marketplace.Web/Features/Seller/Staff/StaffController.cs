using System.Security.Claims;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Staff;

public sealed class StaffController(IMediator mediator, MarketplaceDbContext db, IStringLocalizer<Texts> texts) : Controller
{
    private string MemberId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("/seller/staff"), Authorize(Roles = Roles.EnterpriseStaff)]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await db.EnterpriseOfAsync(User, ct) is { } enterprise ? View(await mediator.Send(new StaffInvitations.ListQuery(enterprise), ct)) : Redirect("/seller/apply");

    [HttpPost("/seller/staff"), Authorize(Roles = Roles.EnterpriseStaff)]
    public async Task<IActionResult> Index(string? email, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        try
        {
            await mediator.Send(new StaffInvitations.Invite(enterprise, MemberId, email?.Trim() ?? "", $"{Request.Scheme}://{Request.Host}"), ct);
            return Redirect("/seller/staff");
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await mediator.Send(new StaffInvitations.ListQuery(enterprise), ct));
    }

    [HttpGet("/seller/join/{id:guid}"), Authorize]
    public IActionResult Join(Guid id) => View(id);

    [HttpPost("/seller/join/{id:guid}"), Authorize]
    public async Task<IActionResult> Join(Guid id, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(new StaffInvitations.Join(id, MemberId), ct) ? Redirect("/seller") : NotFound();
        }
        catch (DomainException broken)
        {
            ModelState.AddModelError("", texts[broken.Code]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(id);
        }
    }
}
