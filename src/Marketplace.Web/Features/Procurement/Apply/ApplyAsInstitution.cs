using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Institutions;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Features.Account;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Apply;

/// <summary><c>/procurement/apply</c>: a member registers their public institution, or their company
/// buying for ESG (known by its registration number, as companies have no 기관코드); the operator
/// verifies it. The applicant joins it as its approver (the one who approves purchase orders inside
/// the institution).</summary>
public static class ApplyAsInstitution
{
    public sealed class Form
    {
        public BuyerKind Kind { get; set; }
        public string Name { get; set; } = "";
        public string InstitutionCode { get; set; } = "";
        public string RegistrationNumber { get; set; } = "";
        public Region Region { get; set; }
        public string Address { get; set; } = "";
        public string ContactName { get; set; } = "";
        public string ContactPhone { get; set; } = "";
    }

    public sealed record Command(string MemberId, Form Form) : IRequest<int>, ITransactional;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Form.Name).NotEmpty().WithMessage(_ => texts["Institution.NameRequired"]).MaximumLength(200);
            RuleFor(c => c.Form.Kind).IsInEnum().WithMessage(_ => texts["Buyer.KindRequired"]);
            RuleFor(c => c.Form.InstitutionCode).Matches("^[0-9A-Za-z]{4,20}$").When(c => c.Form.Kind == BuyerKind.Public)
                .WithMessage(_ => texts["Institution.CodeInvalid"]);
            RuleFor(c => c.Form.RegistrationNumber).Must(n => BusinessRegistrationNumber.TryParse(n, out _))
                .WithMessage(_ => texts["Error.InvalidRegistrationNumber"]);
            RuleFor(c => c.Form.Region).IsInEnum().WithMessage(_ => texts["Apply.RegionRequired"]);
            RuleFor(c => c.Form.Address).NotEmpty().WithMessage(_ => texts["Checkout.RoadAddressRequired"]).MaximumLength(200);
            RuleFor(c => c.Form.ContactName).NotEmpty().WithMessage(_ => texts["Institution.ContactRequired"]).MaximumLength(60);
            RuleFor(c => c.Form.ContactPhone).Matches(Shared.PhoneNumbers.Personal).WithMessage(_ => texts["Checkout.PhoneInvalid"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, UserManager<Member> users, SignInManager<Member> signIn, TimeProvider clock,
        IStringLocalizer<Texts> texts) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command command, CancellationToken ct)
        {
            var form = command.Form;
            var member = await users.FindByIdAsync(command.MemberId) ?? throw new InvalidOperationException("No such member.");
            if (member.IsLinked) throw new DomainException(ErrorCodes.MemberAlreadyLinked);
            var registration = BusinessRegistrationNumber.Parse(form.RegistrationNumber);
            // A company is known by its registration number: one registration per company.
            var code = form.Kind == BuyerKind.Company ? "C" + registration.Digits : form.InstitutionCode.Trim().ToUpperInvariant();
            if (await db.Institutions.AnyAsync(i => i.InstitutionCode == code, ct))
                throw form.Kind == BuyerKind.Company
                    ? InputValidationException.For("Form.RegistrationNumber", texts["Buyer.CompanyTaken", registration.ToString()])
                    : InputValidationException.For("Form.InstitutionCode", texts["Institution.CodeTaken", code]);

            var institution = new Institution(form.Name.Trim(), code, registration, form.Region, clock.GetUtcNow().UtcDateTime, form.Kind);
            institution.SetContact(form.Address, form.ContactName, form.ContactPhone);
            db.Institutions.Add(institution);
            await db.SaveChangesAsync(ct);

            member.JoinInstitution(institution.Id);
            await users.SaveLinkWithRoleAsync(signIn, member, Roles.InstitutionApprover);
            return institution.Id;
        }
    }
}
