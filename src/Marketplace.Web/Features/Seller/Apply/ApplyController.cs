using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Storage;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Apply;

public sealed record ApplyPage(ApplyAsEnterprise.Form Form, ApplicationStatus.Model? Existing);

[Authorize, Route("seller/apply")]
public sealed class ApplyController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index([Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        ApplyFormPage(new ApplyAsEnterprise.Form(), memberId, ct);

    [HttpPost(""), RequestSizeLimit(DocumentStore.MaxBytes + 64 * 1024), ReshowWith(nameof(ApplyFormPage))]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] ApplyAsEnterprise.Form form, IFormFile? document,
        [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        await mediator.Send(new ApplyAsEnterprise.Command(memberId, form, document), ct);
        return Redirect("/seller/apply");
    }

    /// <summary>The applicant's own supporting document; nobody else's.</summary>
    [HttpGet("document")]
    public async Task<IActionResult> Document([Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new ApplicationStatus.DocumentQuery(memberId), ct) is { } file ? File(file.Content, file.ContentType, file.Name) : NotFound();

    private async Task<IActionResult> ApplyFormPage(ApplyAsEnterprise.Form form, string memberId, CancellationToken ct) =>
        View("Index", new ApplyPage(form, await mediator.Send(new ApplicationStatus.Query(memberId), ct)));
}
