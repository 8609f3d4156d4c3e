using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Seller.Profile;

[Authorize(Roles = Roles.EnterpriseStaff), Route("seller/profile"), ActsFor(Party.Enterprise, OrElse = "/seller/apply")]
public sealed class ProfileController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index([Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => ProfilePage(enterprise, null, ct);

    [HttpPost("logo"), RequestSizeLimit(Infrastructure.Storage.ImageStore.MaxBytes + 64 * 1024), ReshowWith(nameof(ProfilePage))]
    public async Task<IActionResult> Logo(IFormFile? file, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct)
    {
        await mediator.Send(new StorefrontLogo.Set(enterprise, file), ct);
        return Redirect($"/enterprises/{enterprise}");
    }

    [HttpPost(""), ReshowWith(nameof(ProfilePage))]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] StorefrontProfile.Form form, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct)
    {
        await mediator.Send(new StorefrontProfile.Save(enterprise, form), ct);
        return Redirect($"/enterprises/{enterprise}");
    }

    [HttpGet("seller")]
    public Task<IActionResult> Seller([Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct) => SellerPage(enterprise, null, ct);

    [HttpPost("seller"), ReshowWith(nameof(SellerPage))]
    public async Task<IActionResult> Seller([Bind(Prefix = "Form")] SellerDetails.Form form, [Current(CurrentPart.Enterprise)] int enterprise, CancellationToken ct)
    {
        await mediator.Send(new SellerDetails.Save(enterprise, form), ct);
        return Redirect("/seller/profile/seller?saved=1");
    }

    private async Task<IActionResult> SellerPage(int enterprise, SellerDetails.Form? form, CancellationToken ct) =>
        View("SellerDetails", form ?? await mediator.Send(new SellerDetails.Query(enterprise), ct));

    /// <param name="form">What the member typed, when the page is shown again; else the saved profile.</param>
    private async Task<IActionResult> ProfilePage(int enterprise, StorefrontProfile.Form? form, CancellationToken ct) =>
        View("Index", form ?? await mediator.Send(new StorefrontProfile.Query(enterprise), ct));
}
