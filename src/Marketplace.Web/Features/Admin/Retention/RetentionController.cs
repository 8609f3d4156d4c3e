using Marketplace.Domain.Members;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.Retention;

[Authorize(Roles = Roles.Operator)]
public sealed class RetentionController(IMediator mediator) : Controller
{
    [HttpGet("/admin/retention")]
    public async Task<IActionResult> Index(string? reference, CancellationToken ct) =>
        View(await mediator.Send(new RetainedRecords.Query(reference), ct));
}
