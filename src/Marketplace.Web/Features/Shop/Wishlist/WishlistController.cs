using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Shop.Wishlist;

[Authorize]
public sealed class WishlistController(IMediator mediator) : Controller
{
    [HttpGet("/account/wishlist")]
    public async Task<IActionResult> Index([Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        View(await mediator.Send(new MyWishlist.Query(memberId), ct));

    /// <param name="returnUrl">The page the heart was pressed on; only a local one is followed.</param>
    [HttpPost("/wishlist/{productId:int}"), ReshowWith(nameof(ListPage))]
    public async Task<IActionResult> Toggle(int productId, string? returnUrl, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        if (await mediator.Send(new ToggleWish.Command(memberId, productId), ct) is null) return NotFound();
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/account/wishlist");
    }

    private async Task<IActionResult> ListPage(string memberId, CancellationToken ct) =>
        View("Index", await mediator.Send(new MyWishlist.Query(memberId), ct));
}
