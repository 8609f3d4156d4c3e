using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Listings;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/products")]
public sealed class ListingsController(IMediator mediator, MarketplaceDbContext db, IStringLocalizer<Texts> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await db.EnterpriseOfAsync(User, ct) is { } enterprise
            ? View(await mediator.Send(new Listings.ListQuery(enterprise), ct))
            : Redirect("/seller/apply");

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        await db.EnterpriseOfAsync(User, ct) is null ? Redirect("/seller/apply") : View("Edit", await mediator.Send(new Listings.OptionsQuery(), ct));

    [HttpPost("new")]
    public Task<IActionResult> New([Bind(Prefix = "Form")] Listings.Form form, CancellationToken ct) => SaveAsync(null, form, ct);

    [HttpGet("import")]
    public async Task<IActionResult> Import(CancellationToken ct) =>
        await db.EnterpriseOfAsync(User, ct) is null ? Redirect("/seller/apply") : View(new ImportListings.Result(0, 0, []));

    [HttpPost("import"), RequestSizeLimit(MaxImportBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        ImportListings.Result result;
        if (file is null || file.Length == 0) result = new(0, 0, [new(0, texts["Upload.Empty"])]);
        else if (file.Length > MaxImportBytes) result = new(0, 0, [new(0, texts["Upload.TooLarge", MaxImportBytes / 1024 / 1024])]);
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            try { result = await mediator.Send(new ImportListings.Command(enterprise, buffer.ToArray()), ct); }
            catch (ImportListings.ImportRefused refused) { result = refused.Result; }
        }
        if (!result.Imported) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(result);
    }

    private const int MaxImportBytes = 2 * 1024 * 1024;

    [HttpPost("{id:int}/images"), RequestSizeLimit(Infrastructure.Storage.ImageStore.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> AddImage(int id, IFormFile? file, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        try
        {
            return await mediator.Send(new ListingImages.Add(enterprise, id, file), ct) ? Redirect($"/seller/products/{id}/edit") : NotFound();
        }
        catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { ModelState.AddAll(found); }
        var page = await mediator.Send(new Listings.FormQuery(enterprise, id), ct);
        if (page is null) return NotFound();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", page);
    }

    [HttpPost("{id:int}/images/remove")]
    public async Task<IActionResult> RemoveImage(int id, string url, CancellationToken ct) =>
        await db.EnterpriseOfAsync(User, ct) is { } enterprise && await mediator.Send(new ListingImages.Remove(enterprise, id, url ?? ""), ct)
            ? Redirect($"/seller/products/{id}/edit")
            : NotFound();

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        return await mediator.Send(new Listings.FormQuery(enterprise, id), ct) is { } page ? View(page) : NotFound();
    }

    [HttpPost("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] Listings.Form form, CancellationToken ct) => SaveAsync(id, form, ct);

    [HttpPost("{id:int}/submit")]
    public Task<IActionResult> Submit(int id, CancellationToken ct) => ActAsync(id, Listings.Action.Submit, ct);

    [HttpPost("{id:int}/copy")]
    public Task<IActionResult> Copy(int id, CancellationToken ct) => ActAsync(id, Listings.Action.Copy, ct);

    [HttpPost("{id:int}/archive")]
    public Task<IActionResult> Archive(int id, CancellationToken ct) => ActAsync(id, Listings.Action.Archive, ct);

    private async Task<IActionResult> SaveAsync(int? id, Listings.Form form, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        var errors = new List<(string, string)>();
        if (!ModelState.IsValid)
            errors.AddRange(ModelState.Where(e => e.Value!.Errors.Count > 0).Select(e => (e.Key, texts["Listing.FieldInvalid", e.Key.Replace("Form.", "")].Value)));
        else
        {
            try
            {
                return await mediator.Send(new Listings.Save(enterprise, id, form), ct) is { } saved
                    ? Redirect($"/seller/products/{saved}/edit")
                    : NotFound();
            }
            catch (Exception e) when (InputErrors.Of(e, texts) is { } found) { errors.AddRange(found.Select(x => (x.Field, x.Message))); }
        }

        var page = id is { } existing ? await mediator.Send(new Listings.FormQuery(enterprise, existing), ct) : await mediator.Send(new Listings.OptionsQuery(), ct);
        if (page is null) return NotFound();
        ModelState.Clear();
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", page with { Form = form });
    }

    private async Task<IActionResult> ActAsync(int id, Listings.Action action, CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return NotFound();
        try
        {
            return await mediator.Send(new Listings.Act(enterprise, id, action), ct) is { } next
                ? Redirect(action == Listings.Action.Archive ? "/seller/products" : $"/seller/products/{next}/edit")
                : NotFound();
        }
        catch (DomainException broken)
        {
            var page = await mediator.Send(new Listings.FormQuery(enterprise, id), ct);
            if (page is null) return NotFound();
            ModelState.AddModelError("", texts[broken.Code]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", page);
        }
    }
}
