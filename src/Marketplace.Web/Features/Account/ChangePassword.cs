using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Members;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Account;

public static partial class MyAccount
{
    /// <summary>A new password, given the current one. Every other signed-in browser is signed out; this one stays.</summary>
    public sealed record ChangePassword(string MemberId, string CurrentPassword, string NewPassword, string ConfirmPassword) : IRequest<Unit>;

    public sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
    {
        public ChangePasswordValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage(_ => texts["MyAccount.CurrentPasswordWrong"]);
            RuleFor(c => c.NewPassword).MinimumLength(10).WithMessage(_ => texts["Account.PasswordTooShort"])
                .MaximumLength(128).WithMessage(_ => texts["Account.PasswordTooLong"])
                .Must(p => !CommonPasswords.IsCommon(p, "")).WithMessage(_ => texts["Account.PasswordCommon"]);
            RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage(_ => texts["Account.PasswordsDiffer"]);
        }
    }

    public sealed class ChangePasswordHandler(UserManager<Member> users, Infrastructure.Members.TrustedSessions trusted, SignInManager<Member> signIn, MarketplaceDbContext db, TimeProvider clock,
        IStringLocalizer<Texts> texts) : IRequestHandler<ChangePassword, Unit>
    {
        public async Task<Unit> Handle(ChangePassword command, CancellationToken ct)
        {
            var member = await users.FindByIdAsync(command.MemberId) ?? throw new InvalidOperationException("The signed-in member is gone.");
            if (CommonPasswords.IsCommon(command.NewPassword, member.Email ?? ""))
                throw InputValidationException.For(nameof(command.NewPassword), texts["Account.PasswordCommon"]);
            var changed = await users.ChangePasswordAsync(member, command.CurrentPassword, command.NewPassword);
            if (changed.Errors.Any(e => e.Code == "PasswordMismatch"))
                throw InputValidationException.For(nameof(command.CurrentPassword), texts["MyAccount.CurrentPasswordWrong"]);
            if (!changed.Succeeded) throw InputValidationException.For(nameof(command.NewPassword), texts["Account.PasswordRejected"]);
            // A thief's copy of an old session stops working; this browser gets a new one.
            await SignInSessions.EndAllAsync(db, trusted, member.Id, clock.GetUtcNow().UtcDateTime, ct);
            await signIn.RefreshSignInAsync(member);
            return Unit.Value;
        }
    }
}
