using Marketplace.Web.Infrastructure.Members;
using Marketplace.Web.Infrastructure.Views;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Account;

/// <summary>The signed-in member's own account: <c>/account</c> and what its forms post.</summary>
[Authorize, Route("account")]
public sealed class MyAccountController(IMediator mediator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index([Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) => AccountPage(memberId, ct);

    [HttpGet("impact")]
    public async Task<IActionResult> Impact([Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        View("MyImpact", await mediator.Send(new MyImpact.Query(memberId), ct));

    [HttpPost("profile"), ReshowWith(nameof(AccountPage))]
    public async Task<IActionResult> Profile([Bind(Prefix = "Form")] MyAccount.Profile form, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        await mediator.Send(new MyAccount.SaveProfile(memberId, form), ct);
        return Saved();
    }

    [HttpPost("mail"), ReshowWith(nameof(AccountPage))]
    public async Task<IActionResult> Mail([Bind(Prefix = "Form")] MyAccount.MailChoices form, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        await mediator.Send(new MyAccount.ChooseMail(memberId, form), ct);
        return Saved();
    }

    [HttpPost("password"), ReshowWith(nameof(AccountPage))]
    public async Task<IActionResult> Password(string? currentPassword, string? newPassword, string? confirmPassword, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        await mediator.Send(new MyAccount.ChangePassword(memberId, currentPassword ?? "", newPassword ?? "", confirmPassword ?? ""), ct);
        return Saved();
    }

    [HttpPost("addresses"), ReshowWith(nameof(AccountPage))]
    public async Task<IActionResult> AddAddress([Bind(Prefix = "Form")] MyAccount.AddressForm form, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        await mediator.Send(new MyAccount.SaveAddress(memberId, null, form), ct);
        return Saved("#addresses");
    }

    [HttpPost("addresses/{id:int}"), ReshowWith(nameof(AccountPage))]
    public async Task<IActionResult> EditAddress(int id, [Bind(Prefix = "Form")] MyAccount.AddressForm form, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new MyAccount.SaveAddress(memberId, id, form), ct) ? Saved("#addresses") : NotFound();

    [HttpPost("addresses/{id:int}/default")]
    public async Task<IActionResult> DefaultAddress(int id, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new MyAccount.MakeDefaultAddress(memberId, id), ct) ? Saved("#addresses") : NotFound();

    [HttpPost("addresses/{id:int}/delete")]
    public async Task<IActionResult> RemoveAddress(int id, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct) =>
        await mediator.Send(new MyAccount.RemoveAddress(memberId, id), ct) ? Saved("#addresses") : NotFound();

    [HttpGet("consent")]
    public async Task<IActionResult> Consent([Current(CurrentPart.MemberId)] string memberId, string? returnUrl, CancellationToken ct)
    {
        var needed = await mediator.Send(new ConsentAgain.Query(memberId), ct);
        return needed.Count == 0 ? LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/") : View(needed);
    }

    [HttpPost("consent"), ReshowWith(nameof(ConsentPage))]
    public async Task<IActionResult> Consent(string[]? agreed, string? returnUrl, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        // "Terms:3": the kind and the version the page showed.
        var versions = new Dictionary<Domain.Legal.PolicyKind, int>();
        foreach (var answer in agreed ?? [])
            if (answer.Split(':') is [var kind, var number] && Enum.TryParse<Domain.Legal.PolicyKind>(kind, out var k) && int.TryParse(number, out var n))
                versions[k] = n;
        await mediator.Send(new ConsentAgain.Command(memberId, versions), ct);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }

    [HttpGet("withdraw")]
    public IActionResult Withdraw() => View();

    [HttpPost("withdraw"), ReshowWith(nameof(Withdraw))]
    public async Task<IActionResult> Withdraw(string? password, bool confirmed, [Current(CurrentPart.MemberId)] string memberId, CancellationToken ct)
    {
        await mediator.Send(new Account.Withdraw.Command(memberId, password ?? "", confirmed), ct);
        return LocalRedirect("/account/withdrawn");
    }

    [HttpGet("/account/withdrawn"), AllowAnonymous]
    public IActionResult Withdrawn() => View();

    private async Task<IActionResult> AccountPage(string memberId, CancellationToken ct) => View("Index", await mediator.Send(new MyAccount.Query(memberId), ct));

    private async Task<IActionResult> ConsentPage(string memberId, CancellationToken ct) => View("Consent", await mediator.Send(new ConsentAgain.Query(memberId), ct));

    private RedirectResult Saved(string fragment = "") => Redirect("/account?saved=1" + fragment);
}
