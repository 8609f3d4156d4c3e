using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Profile;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/profile")]
public sealed class ProfileController(IMediator mediator, MarketplaceDbContext db, IStringLocalizer<Texts> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await db.EnterpriseOfAsync(User, ct) is { } enterprise ? View(await mediator.Send(new StorefrontProfile.Query(enterprise), ct)) : Redirect("/seller/apply");

    [HttpPost("logo"), RequestSizeLimit(Infrastructure.Storage.ImageStore.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Logo(IFormFile? file, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        try
        {
            await mediator.Send(new StorefrontLogo.Set(enterprise, file), ct);
            return Redirect($"/enterprises/{enterprise}");
        }
        catch (InputValidationException invalid) { foreach (var e in invalid.Errors) ModelState.AddModelError("", e.Message); }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await mediator.Send(new StorefrontProfile.Query(enterprise), ct));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] StorefrontProfile.Form form, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        var errors = new List<string>();
        if (!ModelState.IsValid) errors.Add(texts["Profile.FigureInvalid"]);
        else
        {
            try
            {
                await mediator.Send(new StorefrontProfile.Save(enterprise, form), ct);
                return Redirect($"/enterprises/{enterprise}");
            }
            catch (InputValidationException invalid) { errors.AddRange(invalid.Errors.Select(e => e.Message)); }
        }
        ModelState.Clear();
        foreach (var message in errors) ModelState.AddModelError("", message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }
}
