using Marketplace.Domain.Legal;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Legal;

public sealed class LegalController(IMediator mediator) : Controller
{
    [HttpGet("/terms")]
    public Task<IActionResult> Terms(int? version, CancellationToken ct) => PolicyPage(PolicyKind.Terms, version, ct);

    [HttpGet("/privacy")]
    public Task<IActionResult> Privacy(int? version, CancellationToken ct) => PolicyPage(PolicyKind.Privacy, version, ct);

    private async Task<IActionResult> PolicyPage(PolicyKind kind, int? version, CancellationToken ct) =>
        await mediator.Send(new ShowPolicy.Query(kind, version), ct) is { } model ? View("Policy", model) : NotFound();
}
