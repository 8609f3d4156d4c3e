using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller;

[Authorize(Roles = Roles.EnterpriseStaff), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
public sealed class SellerHomeController(IMediator mediator) : Controller
{
    [HttpGet("/seller")]
    public async Task<IActionResult> Index([Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        View(await mediator.Send(new Home.Query(enterprise), ct));
}
