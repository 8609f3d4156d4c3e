using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Shipping;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/shipping"), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
public sealed class ShippingController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index([Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => Page(enterprise, null, ct);

    [HttpPost(""), ReshowWith(nameof(Page))]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] ShippingPolicyForm.Form form, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct)
    {
        await mediator.Send(new ShippingPolicyForm.Save(enterprise, form), ct);
        return Redirect("/seller/shipping?saved=1");
    }

    private async Task<IActionResult> Page(int enterprise, ShippingPolicyForm.Form? form, CancellationToken ct) =>
        View("Index", form ?? await mediator.Send(new ShippingPolicyForm.Query(enterprise), ct));
}
