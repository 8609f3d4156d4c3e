using FluentValidation;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Account;

/// <summary><c>/account/login</c>: posts <c>Email</c> and <c>Password</c>; five failures lock the account for a while.</summary>
public static class Login
{
    /// <summary>Answers the member's id.</summary>
    public sealed record Command : IRequest<string>
    {
        public string Email { get; init; } = "";
        public string Password { get; init; } = "";
        public bool RememberMe { get; init; }
        public string? ReturnUrl { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Email).NotEmpty().WithMessage(_ => texts["Account.EmailRequired"]).MaximumLength(254);
            RuleFor(c => c.Password).NotEmpty().WithMessage(_ => texts["Account.PasswordRequired"]).MaximumLength(128);
        }
    }

    public sealed class Handler(SignInManager<Member> signIn, UserManager<Member> users, IStringLocalizer<Texts> texts) : IRequestHandler<Command, string>
    {
        public async Task<string> Handle(Command command, CancellationToken ct)
        {
            var result = await signIn.PasswordSignInAsync(command.Email.Trim(), command.Password, command.RememberMe, lockoutOnFailure: true);
            if (result.Succeeded) return (await users.FindByEmailAsync(command.Email.Trim()))!.Id;
            // One message for a wrong e-mail and a wrong password: nothing tells which accounts exist.
            throw InputValidationException.For("", result.IsLockedOut ? texts["Account.LockedOut"] : texts["Account.LoginFailed"]);
        }
    }
}
