using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.SocialValue;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/social-value"), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
public sealed class SocialValueController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) =>
        View(await mediator.Send(new YearFigures.Query(enterprise, year), ct));

    [HttpPost(""), ReshowWith(nameof(FormPage))]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] YearFigures.Form form, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct)
    {
        await mediator.Send(new SaveYear.Command(enterprise, form), ct);
        return Redirect($"/seller/social-value?year={form.Year}&saved=1");
    }

    /// <summary>The refused form as typed, beside the saved years.</summary>
    private async Task<IActionResult> FormPage(YearFigures.Form form, int enterprise, CancellationToken ct)
    {
        var model = await mediator.Send(new YearFigures.Query(enterprise, form.Year), ct);
        return View("Index", model with { Form = form });
    }
}
