using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Account;

public static partial class MyAccount
{
    /// <summary>Name, phone and the language mail is written in. The e-mail address is the sign-in name and stays.</summary>
    public sealed record SaveProfile(string MemberId, Profile Form) : IRequest<Unit>, ITransactional;

    public sealed class SaveProfileValidator : AbstractValidator<SaveProfile>
    {
        public SaveProfileValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Form.DisplayName).NotEmpty().WithMessage(_ => texts["Account.NameRequired"])
                .MaximumLength(100).WithMessage(_ => texts["Account.NameTooLong"]);
            RuleFor(c => c.Form.Phone).Matches(Shared.PhoneNumbers.Personal).When(c => !string.IsNullOrWhiteSpace(c.Form.Phone))
                .WithMessage(_ => texts["Checkout.PhoneInvalid"]);
            RuleFor(c => c.Form.Culture).Must(c => c is "ko" or "en").WithMessage(_ => texts["MyAccount.LanguageInvalid"]);
        }
    }

    public sealed class SaveProfileHandler(MarketplaceDbContext db) : IRequestHandler<SaveProfile, Unit>
    {
        public async Task<Unit> Handle(SaveProfile command, CancellationToken ct)
        {
            var member = await db.Users.FirstAsync(u => u.Id == command.MemberId, ct);
            member.Describe(command.Form.DisplayName, command.Form.Phone, command.Form.Culture);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
