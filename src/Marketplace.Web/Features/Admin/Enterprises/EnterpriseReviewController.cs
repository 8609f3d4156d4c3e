using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.Enterprises;

[Authorize(Roles = Roles.Operator), Route("admin/enterprises")]
public sealed class EnterpriseReviewController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => QueuePage(ct);

    [HttpPost("{id:int}/decide"), ReshowWith(nameof(QueuePage))]
    public async Task<IActionResult> Decide(int id, Decision decision, string? reason, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new EnterpriseReview.Decide(memberId, id, decision, reason?.Trim()), ct) ? Redirect("/admin/enterprises") : NotFound();

    [HttpGet("svi")]
    public Task<IActionResult> Svi(string? name, CancellationToken ct) => SviPage(name, ct);

    [HttpPost("{id:int}/svi"), ReshowWith(nameof(SviPage))]
    public async Task<IActionResult> RecordSvi(int id, SviGrade? grade, int? year, CancellationToken ct) =>
        await mediator.Send(new SviGrades.Record(id, grade, year), ct) ? Redirect("/admin/enterprises/svi") : NotFound();

    private async Task<IActionResult> SviPage(string? name, CancellationToken ct) => View("SviGrades", await mediator.Send(new SviGrades.Query(name), ct));

    [HttpGet("{id:int}/document")]
    public async Task<IActionResult> Document(int id, CancellationToken ct) =>
        await mediator.Send(new ApplicationDocument.Query(id), ct) is { } file ? File(file.Content, file.ContentType, file.Name) : NotFound();

    private async Task<IActionResult> QueuePage(CancellationToken ct) => View("Index", await mediator.Send(new EnterpriseReview.QueueQuery(), ct));
}
