using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Profile;

public static partial class SellerDetails
{
    public sealed record Save(int EnterpriseId, Form Form) : IRequest<Unit>, ITransactional, IChangesCatalog;

    public sealed class Validator : AbstractValidator<Save>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(s => s.Form.RepresentativeName).NotEmpty().WithMessage(_ => texts["Apply.RepresentativeRequired"])
                .MaximumLength(60).WithMessage(_ => texts["Checkout.TooLong", 60]);
            // 제2024-서울강남-01234호, as the 신고증 prints it (the 제 and 호 may be left out).
            RuleFor(s => s.Form.MailOrderNumber).Matches(@"^\s*(제\s*)?\d{4}\s*-\s*[가-힣A-Za-z0-9]{2,20}\s*-\s*\d{3,6}\s*(호)?\s*$")
                .When(s => !s.Form.MailOrderExempt).WithMessage(_ => texts["Seller.MailOrderNumberInvalid"]);
            RuleFor(s => s.Form.Phone).Matches(Shared.PhoneNumbers.Business).WithMessage(_ => texts["Checkout.PhoneInvalid"]);
            RuleFor(s => s.Form.Email).NotEmpty().WithMessage(_ => texts["Account.EmailRequired"])
                .MaximumLength(254).EmailAddress().WithMessage(_ => texts["Account.EmailInvalid"]);
            RuleFor(s => s.Form.Address).NotEmpty().WithMessage(_ => texts["Seller.AddressRequired"])
                .MaximumLength(300).WithMessage(_ => texts["Checkout.TooLong", 300]);
            RuleFor(s => s.Form.ReturnAddress).NotEmpty().WithMessage(_ => texts["Seller.ReturnAddressRequired"])
                .MaximumLength(300).WithMessage(_ => texts["Checkout.TooLong", 300]);
        }
    }

    public sealed class SaveHandler(MarketplaceDbContext db) : IRequestHandler<Save, Unit>
    {
        public async Task<Unit> Handle(Save command, CancellationToken ct)
        {
            var enterprise = await db.Enterprises.FirstAsync(e => e.Id == command.EnterpriseId, ct);
            var f = command.Form;
            var number = f.MailOrderExempt ? null : System.Text.RegularExpressions.Regex.Replace(f.MailOrderNumber.Trim(), @"\s+", "");
            enterprise.DescribeSeller(f.RepresentativeName, new SellerInformation(number, f.MailOrderExempt,
                f.Phone.Trim(), f.Email.Trim(), f.Address.Trim(), f.ReturnAddress.Trim()));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
