using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Admin.Search;

[Authorize(Roles = Roles.Operator), Route("admin/search")]
public sealed class SearchAdminController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => SearchPage(ct);

    [HttpPost("synonyms"), ReshowWith(nameof(SearchPage))]
    public async Task<IActionResult> Add(string? terms, CancellationToken ct)
    {
        await mediator.Send(new SearchAdmin.AddSynonyms(terms ?? ""), ct);
        return Redirect("/admin/search");
    }

    [HttpPost("synonyms/{id:int}/delete")]
    public async Task<IActionResult> Remove(int id, CancellationToken ct) =>
        await mediator.Send(new SearchAdmin.RemoveSynonyms(id), ct) ? Redirect("/admin/search") : NotFound();

    [HttpPost("reindex")]
    public async Task<IActionResult> Reindex(CancellationToken ct)
    {
        await mediator.Send(new SearchAdmin.Reindex(), ct);
        return Redirect("/admin/search");
    }

    private async Task<IActionResult> SearchPage(CancellationToken ct) => View("Index", await mediator.Send(new SearchAdmin.Query(), ct));
}
