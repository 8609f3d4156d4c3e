using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Procurement.Apply;

public sealed record InstitutionApplyPage(ApplyAsInstitution.Form Form, ApplicationStatus.Model? Existing);

[Authorize, Route("procurement/apply")]
public sealed class InstitutionApplyController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index([Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        ApplyPage(new ApplyAsInstitution.Form(), memberId, ct);

    [HttpPost(""), ReshowWith(nameof(ApplyPage))]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] ApplyAsInstitution.Form form, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        await mediator.Send(new ApplyAsInstitution.Command(memberId, form), ct);
        return Redirect("/procurement/apply");
    }

    private async Task<IActionResult> ApplyPage(ApplyAsInstitution.Form form, string memberId, CancellationToken ct) =>
        View("Index", new InstitutionApplyPage(form, await mediator.Send(new ApplicationStatus.Query(memberId), ct)));
}
