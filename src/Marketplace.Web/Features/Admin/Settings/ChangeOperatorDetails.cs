using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Reporting;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Settings;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Settings;

public static partial class OperatorDetails
{
    /// <summary>Saves the fields that differ from what the footer shows now; every page shows them at once.</summary>
    public sealed record Change(string ActorId, OperatorSettings Form) : IRequest<Unit>, ITransactional, IChangesCatalog;

    public sealed class Validator : AbstractValidator<Change>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Form.TradeName).NotEmpty().WithMessage(_ => texts["Operator.Required", texts["Operator.TradeName"]]);
            RuleFor(c => c.Form.Representative).NotEmpty().WithMessage(_ => texts["Operator.Required", texts["Operator.Representative"]]);
            RuleFor(c => c.Form.Address).NotEmpty().WithMessage(_ => texts["Operator.Required", texts["Operator.Address"]]);
            RuleFor(c => c.Form.Phone).Matches(Shared.PhoneNumbers.Business).WithMessage(_ => texts["Checkout.PhoneInvalid"]);
            RuleFor(c => c.Form.Email).NotEmpty().EmailAddress().WithMessage(_ => texts["Account.EmailInvalid"]);
            RuleFor(c => c.Form.RegistrationNumber).Must(n => BusinessRegistrationNumber.TryParse(n, out _)).WithMessage(_ => texts["Error.InvalidRegistrationNumber"]);
            RuleFor(c => c.Form.MailOrderNumber).NotEmpty().WithMessage(_ => texts["Operator.Required", texts["Seller.MailOrderNumber"]]);
            RuleFor(c => c.Form.HostingProvider).NotEmpty().WithMessage(_ => texts["Operator.Required", texts["Operator.HostingProvider"]]);
            RuleFor(c => c.Form.PrivacyOfficer).NotEmpty().WithMessage(_ => texts["Operator.Required", texts["Operator.PrivacyOfficer"]]);
            RuleFor(c => c.Form.PrivacyOfficerContact).NotEmpty().WithMessage(_ => texts["Operator.Required", texts["Operator.PrivacyOfficerContact"]]);
            RuleFor(c => c.Form).Must(f => OperatorSettings.Fields(f).All(x => x.Value.Length <= 200)).WithMessage(_ => texts["Checkout.TooLong", 200]);
        }
    }

    public sealed class ChangeHandler(MarketplaceDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<Change, Unit>
    {
        public async Task<Unit> Handle(Change command, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var shown = OperatorSettings.Fields(await mediator.Send(new Query(), ct)).ToDictionary(f => f.Key, f => f.Value);
            foreach (var (field, value) in OperatorSettings.Fields(command.Form))
                if (value.Trim() != shown[field])
                    db.PlatformSettings.Add(new PlatformSetting(KeyPrefix + field, value.Trim(), now, command.ActorId));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
