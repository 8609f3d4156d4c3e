using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.Notices;

[Authorize(Roles = Roles.Operator), Route("admin/notices")]
public sealed class NoticeKindsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? id, CancellationToken ct) => View(await mediator.Send(new NoticeKinds.Query(id), ct));

    [HttpPost(""), ReshowWith(nameof(FormPage))]
    public async Task<IActionResult> Save([Bind(Prefix = "Form")] NoticeKinds.Form form, CancellationToken ct) =>
        await mediator.Send(new SaveNoticeKind.Command(form), ct) ? Redirect("/admin/notices") : NotFound();

    [HttpPost("categories/{slug}"), ReshowWith(nameof(FormPage))]
    public async Task<IActionResult> Assign(string slug, int? noticeTemplateId, CancellationToken ct) =>
        await mediator.Send(new AssignNoticeKind.Command(slug, noticeTemplateId), ct) ? Redirect("/admin/notices#categories") : NotFound();

    private async Task<IActionResult> FormPage(NoticeKinds.Form? form, CancellationToken ct)
    {
        var model = await mediator.Send(new NoticeKinds.Query(null), ct);
        return View("Index", form is null ? model : model with { Form = form });
    }
}
