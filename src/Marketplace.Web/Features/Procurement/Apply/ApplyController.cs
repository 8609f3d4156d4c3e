using System.Security.Claims;
using Marketplace.Domain.Data;
using Marketplace.Domain.Institutions;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Apply;

public sealed record InstitutionApplyPage(ApplyAsInstitution.Form Form, Institution? Existing);

[Authorize, Route("procurement/apply")]
public sealed class InstitutionApplyController(IMediator mediator, MarketplaceDbContext db, IStringLocalizer<Texts> texts) : Controller
{
    private string MemberId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new InstitutionApplyPage(new ApplyAsInstitution.Form(), await OwnAsync(ct)));

    [HttpPost("")]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] ApplyAsInstitution.Form form, CancellationToken ct)
    {
        try
        {
            await mediator.Send(new ApplyAsInstitution.Command(MemberId, form), ct);
            return Redirect("/procurement/apply");
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new InstitutionApplyPage(form, await OwnAsync(ct)));
    }

    private async Task<Institution?> OwnAsync(CancellationToken ct)
    {
        var id = await db.Users.Where(u => u.Id == MemberId).Select(u => u.InstitutionId).FirstOrDefaultAsync(ct);
        return id is null ? null : await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
    }
}
