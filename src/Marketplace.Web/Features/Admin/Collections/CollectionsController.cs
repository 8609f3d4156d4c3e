using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Storage;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.Collections;

[Authorize(Roles = Roles.Operator), Route("admin/collections")]
public sealed class CollectionsController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? id, CancellationToken ct) => View(await mediator.Send(new CuratedCollections.Query(id), ct));

    [HttpPost(""), RequestSizeLimit(ImageStore.MaxBytes + 64 * 1024), ReshowWith(nameof(FormPage))]
    public async Task<IActionResult> Save([Bind(Prefix = "Form")] CuratedCollections.Form form, IFormFile? banner, CancellationToken ct) =>
        await mediator.Send(new CuratedCollections.Save(form, banner), ct) ? Redirect($"/collections/{form.Slug}") : NotFound();

    private async Task<IActionResult> FormPage(CuratedCollections.Form form, CancellationToken ct)
    {
        var model = await mediator.Send(new CuratedCollections.Query(null), ct);
        return View("Index", model with { Form = form });
    }
}
