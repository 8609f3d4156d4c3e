using System.Security.Claims;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Storage;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Apply;

public sealed record ApplyPage(ApplyAsEnterprise.Form Form, Domain.Enterprises.Enterprise? Existing);

[Authorize, Route("seller/apply")]
public sealed class ApplyController(IMediator mediator, MarketplaceDbContext db, IStringLocalizer<Texts> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new ApplyPage(new ApplyAsEnterprise.Form(), await OwnEnterpriseAsync(ct)));

    [HttpPost(""), RequestSizeLimit(DocumentStore.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] ApplyAsEnterprise.Form form, IFormFile? document, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        if (!ModelState.IsValid)
            errors.AddRange(ModelState.Where(e => e.Value!.Errors.Count > 0).Select(e => (e.Key, texts["Listing.FieldInvalid", e.Key.Replace("Form.", "")].Value)));
        else
        {
            try
            {
                await mediator.Send(new ApplyAsEnterprise.Command(User.FindFirstValue(ClaimTypes.NameIdentifier)!, form, document), ct);
                return Redirect("/seller/apply");
            }
            catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { errors.AddRange(found.Select(x => (x.Field, x.Message))); }
        }
        ModelState.Clear();
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new ApplyPage(form, await OwnEnterpriseAsync(ct)));
    }

    /// <summary>The applicant's own supporting document; nobody else's.</summary>
    [HttpGet("document")]
    public async Task<IActionResult> Document([FromServices] DocumentStore documents, CancellationToken ct)
    {
        var enterprise = await OwnEnterpriseAsync(ct);
        if (enterprise?.DocumentKey is not { } key || documents.Open(key) is not { } stream) return NotFound();
        return File(stream, enterprise.DocumentContentType ?? "application/octet-stream", $"document-{enterprise.Id}{Extension(enterprise.DocumentContentType)}");
    }

    internal static string Extension(string? contentType) => contentType switch { "application/pdf" => ".pdf", "image/png" => ".png", _ => ".jpg" };

    private async Task<Domain.Enterprises.Enterprise?> OwnEnterpriseAsync(CancellationToken ct) =>
        await db.EnterpriseOfAsync(User, ct) is { } id ? await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) : null;
}
