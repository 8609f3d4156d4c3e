using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Shop.Wishlist;

[Authorize]
public sealed class WishlistController(IMediator mediator, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery,
    Microsoft.Extensions.Localization.IStringLocalizer<Infrastructure.Localization.Texts> texts) : Controller
{
    /// <summary>The member's wished ids for the hearts on cached cards (<c>/js/wishlist.js</c>), with a token to change them.</summary>
    [HttpGet("/wishlist/ids"), ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Ids([Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        Json(new
        {
            ids = await mediator.Send(new WishedIds.Query(memberId), ct),
            token = antiforgery.GetAndStoreTokens(HttpContext).RequestToken,
            addOf = texts["Wish.AddOf"].Value, removeOf = texts["Wish.RemoveOf"].Value,
        });

    [HttpGet("/account/wishlist")]
    public async Task<IActionResult> Index([Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        View(await mediator.Send(new MyWishlist.Query(memberId), ct));

    /// <param name="returnUrl">The page the heart was pressed on; only a local one is followed.</param>
    [HttpPost("/wishlist/{productId:int}"), ReshowWith(nameof(ListPage))]
    public async Task<IActionResult> Toggle(int productId, string? returnUrl, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        if (await mediator.Send(new ToggleWish.Command(memberId, productId), ct) is not { } wished) return NotFound();
        if (Request.GetTypedHeaders().Accept.Any(a => a.MediaType == "application/json")) return Json(new { wished });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/account/wishlist");
    }

    private async Task<IActionResult> ListPage(string memberId, CancellationToken ct) =>
        View("Index", await mediator.Send(new MyWishlist.Query(memberId), ct));
}
