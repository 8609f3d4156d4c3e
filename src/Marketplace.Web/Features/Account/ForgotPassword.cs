using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Settings;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Account;

/// <summary><c>/account/forgot</c>: mails a link to choose a new password. The answer is the same whether
/// or not the address has an account; the link works once, for an hour (Identity's reset token is bound
/// to the security stamp, which the reset changes).</summary>
public static class ForgotPassword
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    public sealed record Command(string Email) : IRequest<Unit>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Email).NotEmpty().WithMessage(_ => texts["Account.EmailRequired"])
                .MaximumLength(254).EmailAddress().WithMessage(_ => texts["Account.EmailInvalid"]);
    }

    public sealed class Handler(UserManager<Member> users, MemberMail mail, MarketplaceDbContext db) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            if (await users.FindByEmailAsync(command.Email.Trim()) is not { EmailConfirmed: true } member) return Unit.Value;
            var token = await users.GeneratePasswordResetTokenAsync(member);
            // In the member's own language; the link is the last argument.
            await mail.ToMemberAsync(member.Id, MailTopic.Required, "ResetPassword",
                $"/account/reset?member={Uri.EscapeDataString(member.Id)}&token={Uri.EscapeDataString(token)}", [member.DisplayName], ct);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}

/// <summary><c>/account/reset</c>: the new password from the mailed link. It ends every session of the
/// member (a thief signed in elsewhere is signed out) and lifts a lockout.</summary>
public static class ResetPassword
{
    public sealed record Command : IRequest<bool>
    {
        public string MemberId { get; init; } = "";
        public string Token { get; init; } = "";
        public string Password { get; init; } = "";
        public string ConfirmPassword { get; init; } = "";
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Password).MinimumLength(10).WithMessage(_ => texts["Account.PasswordTooShort"])
                .MaximumLength(128).WithMessage(_ => texts["Account.PasswordTooLong"])
                .Must(p => !Infrastructure.Members.CommonPasswords.IsCommon(p, null)).WithMessage(_ => texts["Account.PasswordCommon"]);
            RuleFor(c => c.ConfirmPassword).Equal(c => c.Password).WithMessage(_ => texts["Account.PasswordsDiffer"]);
        }
    }

    /// <returns>False when the link is wrong, used or expired.</returns>
    public sealed class Handler(UserManager<Member> users, Marketplace.Domain.Data.MarketplaceDbContext db, Infrastructure.Members.TrustedSessions trusted, TimeProvider clock, IStringLocalizer<Texts> texts)
        : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            if (await users.FindByIdAsync(command.MemberId) is not { } member) return false;
            var result = await users.ResetPasswordAsync(member, command.Token, command.Password);
            if (result.Errors.Any(e => e.Code == "InvalidToken")) return false;
            if (!result.Succeeded)
                throw Infrastructure.Behaviors.InputValidationException.For(nameof(Command.Password),
                    result.Errors.Any(e => e.Code == Infrastructure.Members.CommonPasswords.Code) ? texts["Account.PasswordCommon"] : texts["Account.PasswordRejected"]);
            await users.SetLockoutEndDateAsync(member, null);
            await users.ResetAccessFailedCountAsync(member);
            await Infrastructure.Members.SignInSessions.EndAllAsync(db, trusted, member.Id, clock.GetUtcNow().UtcDateTime, ct);
            return true;
        }
    }
}
