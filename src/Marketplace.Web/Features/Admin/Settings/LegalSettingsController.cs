using Marketplace.Domain.Legal;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Settings;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.Settings;

/// <summary>What the law has the operator publish: its own business details (the footer) and the terms and privacy texts.</summary>
[Authorize(Roles = Roles.Operator)]
public sealed class LegalSettingsController(IMediator mediator) : Controller
{
    [HttpGet("/admin/settings/operator")]
    public Task<IActionResult> Operator(CancellationToken ct) => OperatorPage(null, ct);

    [HttpPost("/admin/settings/operator"), ReshowWith(nameof(OperatorPage))]
    public async Task<IActionResult> Operator([Bind(Prefix = "Form")] OperatorSettings form, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        await mediator.Send(new OperatorDetails.Change(memberId, form), ct);
        return Redirect("/admin/settings/operator?saved=1");
    }

    [HttpGet("/admin/settings/policies")]
    public async Task<IActionResult> Policies(CancellationToken ct) => View("Policies", await mediator.Send(new PolicyEditor.Query(), ct));

    [HttpPost("/admin/settings/policies/{kind}"), ReshowWith(nameof(Policies))]
    public async Task<IActionResult> Publish(PolicyKind kind, string? body, string? bodyEn, bool asksConsentAgain,
        [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        await mediator.Send(new PolicyEditor.Publish(memberId, kind, body ?? "", bodyEn ?? "", asksConsentAgain), ct);
        return Redirect(Legal.Policies.PathOf(kind));
    }

    private async Task<IActionResult> OperatorPage(OperatorSettings? form, CancellationToken ct) =>
        View("Operator", form ?? await mediator.Send(new OperatorDetails.Query(), ct));
}
