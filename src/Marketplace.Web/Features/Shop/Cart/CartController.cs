using Marketplace.Domain.Common;
using Marketplace.Web.Infrastructure.Behaviors;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Marketplace.Web.Infrastructure.Localization;

namespace Marketplace.Web.Features.Shop.Cart;

[Route("cart")]
public sealed class CartController(IMediator mediator, IStringLocalizer<Texts> texts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await mediator.Send(new ViewCart.Query(CartOwner.Of(HttpContext)), ct));

    [HttpPost("add")]
    public Task<IActionResult> Add(int productId, int quantity = 1, CancellationToken ct = default) =>
        ChangeAsync(CartOwner.OfOrIssue(HttpContext), productId, quantity, ChangeCart.Mode.Add, ct);

    [HttpPost("update")]
    public Task<IActionResult> Update(int productId, int quantity, CancellationToken ct) =>
        ChangeAsync(CartOwner.OfOrIssue(HttpContext), productId, quantity, ChangeCart.Mode.Set, ct);

    [HttpPost("remove")]
    public Task<IActionResult> Remove(int productId, CancellationToken ct) =>
        ChangeAsync(CartOwner.OfOrIssue(HttpContext), productId, 0, ChangeCart.Mode.Set, ct);

    // Every change lands on /cart; a refused one shows the cart as it is, with the reason, and 400.
    private async Task<IActionResult> ChangeAsync(CartOwner owner, int productId, int quantity, ChangeCart.Mode mode, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await RefusedAsync(owner, texts["Error.InvalidQuantity"], ct);
        try
        {
            await mediator.Send(new ChangeCart.Command(owner, productId, quantity, mode), ct);
            return Redirect("/cart");
        }
        catch (DomainException broken)
        {
            return await RefusedAsync(owner, texts[broken.Code], ct);
        }
    }

    private async Task<IActionResult> RefusedAsync(CartOwner owner, string message, CancellationToken ct)
    {
        ModelState.Clear();
        ModelState.AddModelError("", message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await mediator.Send(new ViewCart.Query(owner), ct));
    }
}
