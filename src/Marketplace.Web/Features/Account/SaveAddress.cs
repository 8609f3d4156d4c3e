using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Features.Shop.Checkout;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Account;

public static partial class MyAccount
{
    public sealed class AddressForm : DeliveryAddressForm
    {
        public string Label { get; set; } = "";
        public bool MakeDefault { get; set; }
    }

    /// <summary>A new saved address (<paramref name="AddressId"/> null) or a change of one; at most
    /// <see cref="SavedAddress.MaxPerMember"/>, exactly one the default.</summary>
    /// <returns>False when the address is not the member's (404).</returns>
    public sealed record SaveAddress(string MemberId, int? AddressId, AddressForm Form) : IRequest<bool>, ITransactional;

    public sealed class SaveAddressValidator : AbstractValidator<SaveAddress>
    {
        public SaveAddressValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Form.Label).NotEmpty().WithMessage(_ => texts["MyAccount.LabelRequired"])
                .MaximumLength(40).WithMessage(_ => texts["Checkout.TooLong", 40]);
            RuleFor(c => c.Form).SetValidator(new DeliveryAddressRules(texts));
        }
    }

    public sealed class SaveAddressHandler(MarketplaceDbContext db, IStringLocalizer<Texts> texts) : IRequestHandler<SaveAddress, bool>
    {
        public async Task<bool> Handle(SaveAddress command, CancellationToken ct)
        {
            var saved = await db.SavedAddresses.Where(a => a.MemberId == command.MemberId).ToListAsync(ct);
            SavedAddress address;
            if (command.AddressId is { } id)
            {
                if (saved.FirstOrDefault(a => a.Id == id) is not { } existing) return false;
                existing.Change(command.Form.Label, command.Form.ToAddress());
                address = existing;
            }
            else
            {
                if (saved.Count >= SavedAddress.MaxPerMember) throw InputValidationException.For("", texts["MyAccount.TooManyAddresses", SavedAddress.MaxPerMember]);
                address = new SavedAddress(command.MemberId, command.Form.Label, command.Form.ToAddress(), isDefault: saved.Count == 0);
                db.SavedAddresses.Add(address);
                saved.Add(address);
            }
            if (command.Form.MakeDefault) foreach (var a in saved) a.MakeDefault(a == address);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
