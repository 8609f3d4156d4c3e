using System.Security.Claims;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Features.Admin.Institutions;
using Marketplace.Web.Features.Admin.Settings;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin;

/// <summary>The operator's smaller pages: institutions to verify, settings, the audit log.</summary>
[Authorize(Roles = Roles.Operator)]
public sealed class AdminController(IMediator mediator, IStringLocalizer<Texts> texts) : Controller
{
    private string ActorId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("/admin")]
    public IActionResult Index() => Redirect("/admin/enterprises");

    [HttpGet("/admin/institutions")]
    public async Task<IActionResult> Institutions(CancellationToken ct) =>
        View("Institutions/Index", await mediator.Send(new InstitutionReview.QueueQuery(), ct));

    [HttpPost("/admin/institutions/{id:int}/decide")]
    public async Task<IActionResult> DecideInstitution(int id, Decision decision, string? reason, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(new InstitutionReview.Decide(ActorId, id, decision, reason?.Trim()), ct) ? Redirect("/admin/institutions") : NotFound();
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Institutions/Index", await mediator.Send(new InstitutionReview.QueueQuery(), ct));
    }

    [HttpGet("/admin/settings")]
    public async Task<IActionResult> Settings(CancellationToken ct) => View("Settings/Index", await mediator.Send(new SettingsPage.Query(), ct));

    [HttpPost("/admin/settings")]
    public async Task<IActionResult> Settings(string key, decimal? value, CancellationToken ct)
    {
        try
        {
            if (value is null) throw InputValidationException.For("Value", texts["Settings.ValueRequired"]);
            await mediator.Send(new SettingsPage.Change(ActorId, key, value.Value), ct);
            return Redirect("/admin/settings");
        }
        catch (InputValidationException invalid) { foreach (var e in invalid.Errors) ModelState.AddModelError("", e.Message); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Settings/Index", await mediator.Send(new SettingsPage.Query(), ct));
    }

    /// <summary>Read-only: no page changes or removes an entry.</summary>
    [HttpGet("/admin/audit")]
    public async Task<IActionResult> Audit([FromServices] MarketplaceDbContext db, CancellationToken ct) =>
        View("Audit/Index", await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Id).Take(200).ToListAsync(ct));
}
