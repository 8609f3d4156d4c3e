using FluentValidation;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Account;

/// <summary><c>/account/register</c>: a consumer account, signed in at once.
/// The sign-up time and channel are kept from the first day for the operator's figures.</summary>
public static class Register
{
    /// <summary>Answers the new member's id.</summary>
    public sealed record Command : IRequest<string>, ITransactional
    {
        public string Email { get; init; } = "";
        public string DisplayName { get; init; } = "";
        public string Password { get; init; } = "";
        public string ConfirmPassword { get; init; } = "";
        /// <summary>Set when the sign-up link came from an enterprise's page.</summary>
        public int? FromEnterprise { get; init; }
        public string? ReturnUrl { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Email).NotEmpty().WithMessage(_ => texts["Account.EmailRequired"])
                .MaximumLength(254).EmailAddress().WithMessage(_ => texts["Account.EmailInvalid"]);
            RuleFor(c => c.DisplayName).NotEmpty().WithMessage(_ => texts["Account.NameRequired"])
                .MaximumLength(100).WithMessage(_ => texts["Account.NameTooLong"]);
            RuleFor(c => c.Password).MinimumLength(8).WithMessage(_ => texts["Account.PasswordTooShort"])
                .MaximumLength(128).WithMessage(_ => texts["Account.PasswordTooLong"]);
            RuleFor(c => c.ConfirmPassword).Equal(c => c.Password).WithMessage(_ => texts["Account.PasswordsDiffer"]);
        }
    }

    public sealed class Handler(UserManager<Member> users, SignInManager<Member> signIn, TimeProvider clock, IStringLocalizer<Texts> texts)
        : IRequestHandler<Command, string>
    {
        public async Task<string> Handle(Command command, CancellationToken ct)
        {
            // The operator's sign-up figures count where members come from.
            var channel = command.ReturnUrl?.StartsWith(Seller.Staff.StaffInvitations.JoinPathPrefix, StringComparison.Ordinal) == true
                ? SignUpChannel.Invitation
                : command.FromEnterprise is null ? SignUpChannel.Direct : SignUpChannel.EnterprisePage;
            var member = new Member(command.Email.Trim(), command.DisplayName.Trim(), clock.GetUtcNow().UtcDateTime, channel);

            var created = await users.CreateAsync(member, command.Password);
            if (!created.Succeeded)
            {
                var duplicate = created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName");
                throw InputValidationException.For(
                    duplicate ? nameof(Command.Email) : nameof(Command.Password),
                    duplicate ? texts["Account.EmailTaken"] : texts["Account.PasswordRejected"]);
            }
            await users.AddToRoleAsync(member, Roles.Consumer);
            await signIn.SignInAsync(member, isPersistent: false);
            return member.Id;
        }
    }
}
