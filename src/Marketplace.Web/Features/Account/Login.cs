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

    /// <summary>Nothing in the answer tells whether an account exists: an unknown address, a wrong password
    /// and a locked account get the same message, and an unknown address costs the same password check.</summary>
    public sealed class Handler(SignInManager<Member> signIn, UserManager<Member> users, IPasswordHasher<Member> hasher, IStringLocalizer<Texts> texts)
        : IRequestHandler<Command, string>
    {
        // A hash made once with the same hasher, so verifying against it takes as long as a real check.
        private static string? _decoyHash;

        public async Task<string> Handle(Command command, CancellationToken ct)
        {
            var member = await users.FindByEmailAsync(command.Email.Trim());
            if (member is null)
            {
                DecoyCheck(command.Password);
                throw Refused();
            }
            var result = await signIn.PasswordSignInAsync(member, command.Password, command.RememberMe, lockoutOnFailure: true);
            if (result.Succeeded) return member.Id;
            // Identity answers a locked or unconfirmed account without checking the password: take the same time.
            if (result.IsLockedOut || result.IsNotAllowed) DecoyCheck(command.Password);
            throw Refused();
        }

        private void DecoyCheck(string password)
        {
            var decoy = new Member("decoy@invalid", "", DateTime.UnixEpoch, SignUpChannel.Direct);
            hasher.VerifyHashedPassword(decoy, _decoyHash ??= hasher.HashPassword(decoy, Guid.NewGuid().ToString()), password);
        }

        private InputValidationException Refused() => InputValidationException.For("", texts["Account.LoginFailed"]);
    }
}
