using Marketplace.Domain.Members;
using Marketplace.Web.Features.Admin.Audit;
using Marketplace.Web.Features.Admin.Institutions;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin;

/// <summary>The operator's smaller pages: institutions to verify, settings, the audit log.</summary>
[Authorize(Roles = Roles.Operator)]
public sealed class AdminController(IMediator mediator) : Controller
{
    [HttpGet("/admin")]
    public IActionResult Index() => Redirect("/admin/enterprises");

    [HttpGet("/admin/institutions")]
    public Task<IActionResult> Institutions(CancellationToken ct) => InstitutionsPage(ct);

    [HttpPost("/admin/institutions/{id:int}/decide"), ReshowWith(nameof(InstitutionsPage))]
    public async Task<IActionResult> DecideInstitution(int id, Decision decision, string? reason, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new InstitutionReview.Decide(memberId, id, decision, reason?.Trim()), ct) ? Redirect("/admin/institutions") : NotFound();

    [HttpGet("/admin/settings")]
    public Task<IActionResult> Settings(CancellationToken ct) => SettingsPage(ct);

    [HttpPost("/admin/settings"), ReshowWith(nameof(SettingsPage))]
    public async Task<IActionResult> Settings(string key, decimal? value, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        await mediator.Send(new Settings.SettingsPage.Change(memberId, key, value), ct);
        return Redirect("/admin/settings");
    }

    /// <summary>Read-only: no page changes or removes an entry.</summary>
    [HttpGet("/admin/audit")]
    public async Task<IActionResult> Audit(CancellationToken ct) => View("Audit/Index", await mediator.Send(new AuditPage.Query(), ct));

    private async Task<IActionResult> InstitutionsPage(CancellationToken ct) => View("Institutions/Index", await mediator.Send(new InstitutionReview.QueueQuery(), ct));

    private async Task<IActionResult> SettingsPage(CancellationToken ct) => View("Settings/Index", await mediator.Send(new Settings.SettingsPage.Query(), ct));
}
