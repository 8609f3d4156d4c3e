using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Shop.Cart;

/// <summary>Every change lands on /cart; a refused one shows the cart as it is, with the reason, and 400.</summary>
[Route("cart")]
public sealed class CartController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => CartPage(ct);

    /// <summary>The header's count, as JSON for <c>/js/cart-count.js</c>: never cached, it is the reader's own.</summary>
    [HttpGet("count"), ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Count(CancellationToken ct) =>
        Json(new { count = await mediator.Send(new CartCount.Query(CartOwner.Of(HttpContext)), ct) });

    [HttpPost("add"), ReshowWith(nameof(CartPage))]
    public Task<IActionResult> Add(int productId, int? optionId, int quantity = 1, CancellationToken ct = default) => ChangeAsync(productId, optionId, quantity, ChangeCart.Mode.Add, ct);

    [HttpPost("update"), ReshowWith(nameof(CartPage))]
    public Task<IActionResult> Update(int productId, int? optionId, int quantity, CancellationToken ct) => ChangeAsync(productId, optionId, quantity, ChangeCart.Mode.Set, ct);

    [HttpPost("remove"), ReshowWith(nameof(CartPage))]
    public Task<IActionResult> Remove(int productId, int? optionId, CancellationToken ct) => ChangeAsync(productId, optionId, 0, ChangeCart.Mode.Set, ct);

    private async Task<IActionResult> ChangeAsync(int productId, int? optionId, int quantity, ChangeCart.Mode mode, CancellationToken ct)
    {
        await mediator.Send(new ChangeCart.Command(CartOwner.OfOrIssue(HttpContext), productId, quantity, mode, optionId), ct);
        return Redirect("/cart");
    }

    private async Task<IActionResult> CartPage(CancellationToken ct)
    {
        ViewData["Recent"] = await Recent.RecentlyViewedProducts.OfReaderAsync(mediator, HttpContext, null, ct);
        return View("Index", await mediator.Send(new ViewCart.Query(CartOwner.Of(HttpContext)), ct));
    }
}
