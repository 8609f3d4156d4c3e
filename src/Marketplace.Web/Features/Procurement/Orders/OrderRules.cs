using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Orders;

/// <summary>Rules every procurement form shares.</summary>
public static class OrderRules
{
    public const int MaxDeliveryPlace = 200;

    public static void DeliveryPlaceAndDate<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string>> place,
        System.Linq.Expressions.Expression<Func<T, DateOnly?>> date, IStringLocalizer<Texts> texts, TimeProvider clock)
    {
        validator.RuleFor(place).NotEmpty().WithMessage(_ => texts["Procurement.DeliveryPlaceRequired"])
            .MaximumLength(MaxDeliveryPlace).WithMessage(_ => texts["Procurement.DeliveryPlaceTooLong"]);
        validator.RuleFor(date).NotNull().WithMessage(_ => texts["Procurement.DeliveryDateRequired"])
            .Must(d => d is null || (d >= KoreaTime.Today(clock) && d <= KoreaTime.Today(clock).AddYears(2)))
            .WithMessage(_ => texts["Procurement.DeliveryDateOutOfRange"]);
    }
}
