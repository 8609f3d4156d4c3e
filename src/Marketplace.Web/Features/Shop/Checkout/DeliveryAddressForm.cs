using FluentValidation;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Shop.Checkout;

/// <summary>A Korean delivery address as a form: checkout's and the saved addresses on <c>/account</c>.</summary>
public class DeliveryAddressForm
{
    public string Recipient { get; set; } = "";
    public string Phone { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string RoadAddress { get; set; } = "";
    public string Detail { get; set; } = "";
    /// <summary>배송 요청사항 for the courier.</summary>
    public string Note { get; set; } = "";

    public ShippingAddress ToAddress() =>
        new(Recipient.Trim(), Phone.Trim(), PostalCode.Trim(), RoadAddress.Trim(), Detail.Trim(), Note.Trim());

    public void Fill(ShippingAddress address)
    {
        (Recipient, Phone, PostalCode, RoadAddress, Detail, Note) =
            (address.Recipient, address.Phone, address.PostalCode, address.RoadAddress, address.Detail, address.Note);
    }
}

public sealed class DeliveryAddressRules : AbstractValidator<DeliveryAddressForm>
{
    public DeliveryAddressRules(IStringLocalizer<Texts> texts)
    {
        RuleFor(f => f.Recipient).NotEmpty().WithMessage(_ => texts["Checkout.RecipientRequired"])
            .MaximumLength(60).WithMessage(_ => texts["Checkout.TooLong", 60]);
        RuleFor(f => f.Phone).Matches(Shared.PhoneNumbers.Personal).WithMessage(_ => texts["Checkout.PhoneInvalid"]);
        RuleFor(f => f.PostalCode).Matches(@"^\d{5}$").WithMessage(_ => texts["Checkout.PostalCodeInvalid"]);
        RuleFor(f => f.RoadAddress).NotEmpty().WithMessage(_ => texts["Checkout.RoadAddressRequired"])
            .MaximumLength(200).WithMessage(_ => texts["Checkout.TooLong", 200]);
        RuleFor(f => f.Detail).MaximumLength(200).WithMessage(_ => texts["Checkout.TooLong", 200]);
        RuleFor(f => f.Note).MaximumLength(100).WithMessage(_ => texts["Checkout.TooLong", 100]);
    }
}
