using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Listings;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/products"), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
public sealed class ListingsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        View(await mediator.Send(new Listings.ListQuery(enterprise), ct));

    [HttpGet("new")]
    public Task<IActionResult> New([Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => EditPage(null, enterprise, null, ct);

    [HttpPost("new"), ReshowWith(nameof(EditPage))]
    public Task<IActionResult> New([Bind(Prefix = "Form")] Listings.Form form, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        SaveAsync(new Listings.Save(enterprise, null, form), ct);

    [HttpGet("import")]
    public IActionResult Import() => View(new ImportListings.Result(0, 0, []));

    [HttpPost("import"), RequestSizeLimit(ImportListings.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        if (file is not null) await file.CopyToAsync(buffer, ct);
        var result = await mediator.Send(new ImportListings.Command(enterprise, buffer.ToArray()), ct);
        if (!result.Imported) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(result);
    }

    [HttpPost("{id:int}/images"), RequestSizeLimit(Infrastructure.Storage.ImageStore.MaxBytes + 64 * 1024), ReshowWith(nameof(EditPage))]
    public async Task<IActionResult> AddImage(int id, IFormFile? file, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        await mediator.Send(new ListingImages.Add(enterprise, id, file), ct) ? Redirect($"/seller/products/{id}/edit") : NotFound();

    [HttpPost("{id:int}/images/remove")]
    public async Task<IActionResult> RemoveImage(int id, string url, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        await mediator.Send(new ListingImages.Remove(enterprise, id, url ?? ""), ct) ? Redirect($"/seller/products/{id}/edit") : NotFound();

    [HttpGet("{id:int}/edit")]
    public Task<IActionResult> Edit(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => EditPage(id, enterprise, null, ct);

    [HttpPost("{id:int}/edit"), ReshowWith(nameof(EditPage))]
    public Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] Listings.Form form, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        SaveAsync(new Listings.Save(enterprise, id, form), ct);

    [HttpPost("{id:int}/submit"), ReshowWith(nameof(EditPage))]
    public Task<IActionResult> Submit(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => ActAsync(new Listings.Act(enterprise, id, Listings.Action.Submit), ct);

    [HttpPost("{id:int}/copy"), ReshowWith(nameof(EditPage))]
    public Task<IActionResult> Copy(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => ActAsync(new Listings.Act(enterprise, id, Listings.Action.Copy), ct);

    [HttpPost("{id:int}/archive"), ReshowWith(nameof(EditPage))]
    public Task<IActionResult> Archive(int id, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => ActAsync(new Listings.Act(enterprise, id, Listings.Action.Archive), ct);

    private async Task<IActionResult> SaveAsync(Listings.Save save, CancellationToken ct) =>
        await mediator.Send(save, ct) is { } saved ? Redirect($"/seller/products/{saved}/edit") : NotFound();

    private async Task<IActionResult> ActAsync(Listings.Act act, CancellationToken ct) =>
        await mediator.Send(act, ct) is { } next
            ? Redirect(act.Action == Listings.Action.Archive ? "/seller/products" : $"/seller/products/{next}/edit")
            : NotFound();

    /// <param name="id">The listing; null for a new one.</param>
    /// <param name="form">What the seller typed, when the page is shown again.</param>
    private async Task<IActionResult> EditPage(int? id, int enterprise, Listings.Form? form, CancellationToken ct)
    {
        var page = await mediator.Send(new Listings.FormQuery(enterprise, id), ct);
        if (page is null) return NotFound();
        return View("Edit", form is null ? page : page with { Form = form });
    }
}
