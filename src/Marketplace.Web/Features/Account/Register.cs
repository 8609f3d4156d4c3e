using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Settings;

namespace Marketplace.Web.Features.Account;

/// <summary><c>/account/register</c>: a consumer account, finished from the link mailed to the address.
/// The answer is the same whether or not the address already has an account: a new one gets the
/// confirmation link, an existing one a note that someone tried (nobody learns from the page which
/// addresses are members, and nobody can hold an account on an address that is not theirs).
/// The sign-up time and channel are kept from the first day for the operator's figures.</summary>
public static class Register
{
    public sealed record Command : IRequest<Unit>, ITransactional
    {
        public string Email { get; init; } = "";
        public string DisplayName { get; init; } = "";
        public string Password { get; init; } = "";
        public string ConfirmPassword { get; init; } = "";
        /// <summary>이용약관 (required).</summary>
        public bool AgreesToTerms { get; init; }
        /// <summary>개인정보 수집·이용 (required).</summary>
        public bool AgreesToPrivacy { get; init; }
        /// <summary>만 14세 이상 (required).</summary>
        public bool IsFourteenOrOlder { get; init; }
        /// <summary>광고성 정보 수신 (optional; every service works without it).</summary>
        public bool AcceptsMarketing { get; init; }
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
            RuleFor(c => c.Password).MinimumLength(10).WithMessage(_ => texts["Account.PasswordTooShort"])
                .Must((c, p) => !Infrastructure.Members.CommonPasswords.IsCommon(p, c.Email.Trim())).WithMessage(_ => texts["Account.PasswordCommon"])
                .MaximumLength(128).WithMessage(_ => texts["Account.PasswordTooLong"]);
            RuleFor(c => c.ConfirmPassword).Equal(c => c.Password).WithMessage(_ => texts["Account.PasswordsDiffer"]);
            RuleFor(c => c.AgreesToTerms).Equal(true).WithMessage(_ => texts["Consent.TermsRequired"]);
            RuleFor(c => c.AgreesToPrivacy).Equal(true).WithMessage(_ => texts["Consent.PrivacyRequired"]);
            RuleFor(c => c.IsFourteenOrOlder).Equal(true).WithMessage(_ => texts["Consent.AgeRequired"]);
        }
    }

    public sealed class Handler(UserManager<Member> users, MarketplaceDbContext db, MemberMail mail, TimeProvider clock, IStringLocalizer<Texts> texts) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var address = command.Email.Trim();
            if (await users.FindByEmailAsync(address) is { } known)
            {
                // Signed up before but never opened the link (it lasts an hour): a new link. Otherwise a note to the owner.
                if (!known.EmailConfirmed) await SendConfirmationAsync(known, command.ReturnUrl, ct);
                else await mail.ToMemberAsync(known.Id, MailTopic.Required, "SignUpAgain", "/account/login", [], ct);
                await db.SaveChangesAsync(ct);
                return Unit.Value;
            }

            // The operator's sign-up figures count where members come from.
            var channel = command.ReturnUrl?.StartsWith(Seller.Staff.StaffInvitations.JoinPathPrefix, StringComparison.Ordinal) == true
                ? SignUpChannel.Invitation
                : command.FromEnterprise is null ? SignUpChannel.Direct : SignUpChannel.EnterprisePage;
            var now = clock.GetUtcNow().UtcDateTime;
            var member = new Member(address, command.DisplayName.Trim(), now, channel, Cultures.Current, command.AcceptsMarketing);

            var created = await users.CreateAsync(member, command.Password);
            // Two sign-ups for one new address at the same moment: the second finds it taken, and says nothing more.
            if (created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")) return Unit.Value;
            if (!created.Succeeded) throw InputValidationException.For(nameof(Command.Password), texts["Account.PasswordRejected"]);
            await users.AddToRoleAsync(member, Roles.Consumer);
            // Each answer is kept with the version of the text it answered (개인정보보호법 §22 ①).
            db.Consents.AddRange(
                new Consent(member.Id, ConsentItem.Terms, (await Legal.Policies.CurrentAsync(db, Domain.Legal.PolicyKind.Terms, ct)).Number, true, now),
                new Consent(member.Id, ConsentItem.Privacy, (await Legal.Policies.CurrentAsync(db, Domain.Legal.PolicyKind.Privacy, ct)).Number, true, now),
                new Consent(member.Id, ConsentItem.Age14, 0, true, now),
                new Consent(member.Id, ConsentItem.Marketing, 0, command.AcceptsMarketing, now));
            await SendConfirmationAsync(member, command.ReturnUrl, ct);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }

        private async Task SendConfirmationAsync(Member member, string? returnUrl, CancellationToken ct)
        {
            var token = await users.GenerateEmailConfirmationTokenAsync(member);
            // In the language the member signed up in; the link is the last argument.
            await mail.ToMemberAsync(member.Id, MailTopic.Required, "ConfirmSignUp",
                $"/account/confirm?member={Uri.EscapeDataString(member.Id)}&token={Uri.EscapeDataString(token)}"
                + (returnUrl is { Length: > 0 } back ? $"&returnUrl={Uri.EscapeDataString(back)}" : ""), [member.DisplayName], ct);
        }
    }
}
