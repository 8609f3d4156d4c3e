using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Storage;
using Marketplace.Web.Features.Account;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Apply;

/// <summary><c>/seller/apply</c>: a member applies for their enterprise. It waits, unlisted, for the
/// operator; the applicant becomes its owner with the staff role at once, to prepare listings.</summary>
public static class ApplyAsEnterprise
{
    public sealed class Form
    {
        public string Name { get; set; } = "";
        public string NameEn { get; set; } = "";
        public EnterpriseType Type { get; set; }
        public string RegistrationNumber { get; set; } = "";
        public string? CertificationNumber { get; set; }
        public DateOnly? CertificationExpiresOn { get; set; }
        public string RepresentativeName { get; set; } = "";
        public Region Region { get; set; }
        public string Bank { get; set; } = "";
        public string AccountNumber { get; set; } = "";
        public string AccountHolder { get; set; } = "";
    }

    public sealed record Command(string MemberId, Form Form, IFormFile? Document) : IRequest<int>, ITransactional;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Form.Name).NotEmpty().WithMessage(_ => texts["Apply.NameRequired"]).MaximumLength(200);
            RuleFor(c => c.Form.NameEn).MaximumLength(200);
            RuleFor(c => c.Form.Type).IsInEnum().WithMessage(_ => texts["Apply.TypeRequired"]);
            RuleFor(c => c.Form.Region).IsInEnum().WithMessage(_ => texts["Apply.RegionRequired"]);
            RuleFor(c => c.Form.RegistrationNumber).Must(n => BusinessRegistrationNumber.TryParse(n, out _))
                .WithMessage(_ => texts["Error.InvalidRegistrationNumber"]);
            RuleFor(c => c.Form.CertificationNumber).MaximumLength(40);
            RuleFor(c => c.Form.CertificationExpiresOn).NotNull().When(c => !string.IsNullOrWhiteSpace(c.Form.CertificationNumber))
                .WithMessage(_ => texts["Apply.ExpiryRequired"]);
            RuleFor(c => c.Form.RepresentativeName).NotEmpty().WithMessage(_ => texts["Apply.RepresentativeRequired"]).MaximumLength(60);
            RuleFor(c => c.Form.Bank).NotEmpty().WithMessage(_ => texts["Apply.BankRequired"]).MaximumLength(40);
            RuleFor(c => c.Form.AccountNumber).Matches(@"^[0-9-]{6,30}$").WithMessage(_ => texts["Apply.AccountInvalid"]);
            RuleFor(c => c.Form.AccountHolder).NotEmpty().WithMessage(_ => texts["Apply.HolderRequired"]).MaximumLength(60);
            RuleFor(c => c.Document).NotNull().WithMessage(_ => texts["Apply.DocumentRequired"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, UserManager<Member> users, SignInManager<Member> signIn, DocumentStore documents,
        TimeProvider clock, IStringLocalizer<Texts> texts) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command command, CancellationToken ct)
        {
            var form = command.Form;
            var member = await users.FindByIdAsync(command.MemberId) ?? throw new InvalidOperationException("No such member.");
            if (member.IsLinked) throw new DomainException(ErrorCodes.MemberAlreadyLinked);
            var number = BusinessRegistrationNumber.Parse(form.RegistrationNumber);
            if (await db.Enterprises.AnyAsync(e => e.RegistrationNumber == number.Digits, ct))
                throw InputValidationException.For("Form.RegistrationNumber", texts["Apply.AlreadyRegistered", number.ToString()]);

            var (refusal, key, contentType) = await documents.SaveAsync(command.Document, ct);
            if (refusal != DocumentStore.Refusal.None)
                throw InputValidationException.For("Document", texts[$"Upload.{refusal}", DocumentStore.MaxBytes / 1024 / 1024]);

            var enterprise = new Enterprise(form.Name.Trim(), form.NameEn.Trim(), form.Type, number, form.Region, clock.GetUtcNow().UtcDateTime);
            if (!string.IsNullOrWhiteSpace(form.CertificationNumber)) enterprise.Certify(form.CertificationNumber.Trim(), form.CertificationExpiresOn!.Value);
            enterprise.CompleteApplication(form.RepresentativeName, new SettlementAccount(form.Bank.Trim(), form.AccountNumber.Trim(), form.AccountHolder.Trim()), key!, contentType!);
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync(ct);

            member.JoinEnterprise(enterprise.Id, asOwner: true);
            await users.SaveLinkWithRoleAsync(signIn, member, Roles.EnterpriseStaff);
            return enterprise.Id;
        }
    }
}
