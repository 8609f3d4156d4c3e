using Marketplace.Domain.Members;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Procurement.Catalog;

[Authorize(Roles = $"{Roles.InstitutionBuyer},{Roles.InstitutionApprover}")]
public sealed class ProcurementCatalogController(IMediator mediator) : Controller
{
    [HttpGet("/procurement/products")]
    public async Task<IActionResult> Index([FromQuery] ProcurementCatalog.Query query, CancellationToken ct) =>
        View(await mediator.Send(query, ct));
}
