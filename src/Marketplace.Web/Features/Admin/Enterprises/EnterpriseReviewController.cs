using System.Security.Claims;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Features.Seller.Apply;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Storage;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Enterprises;

[Authorize(Roles = Roles.Operator), Route("admin/enterprises")]
public sealed class EnterpriseReviewController(IMediator mediator, IStringLocalizer<Texts> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await mediator.Send(new EnterpriseReview.QueueQuery(), ct));

    [HttpPost("{id:int}/decide")]
    public async Task<IActionResult> Decide(int id, Decision decision, string? reason, CancellationToken ct)
    {
        try
        {
            var actor = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
            return await mediator.Send(new EnterpriseReview.Decide(actor, id, decision, reason?.Trim()), ct) ? Redirect("/admin/enterprises") : NotFound();
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await mediator.Send(new EnterpriseReview.QueueQuery(), ct));
    }

    [HttpGet("{id:int}/document")]
    public async Task<IActionResult> Document(int id, [FromServices] MarketplaceDbContext db, [FromServices] DocumentStore documents, CancellationToken ct)
    {
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise?.DocumentKey is not { } key || documents.Open(key) is not { } stream) return NotFound();
        return File(stream, enterprise.DocumentContentType ?? "application/octet-stream", $"document-{id}{ApplicationStatus.Handler.Extension(enterprise.DocumentContentType)}");
    }
}
