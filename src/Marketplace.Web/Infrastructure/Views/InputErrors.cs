using Marketplace.Domain.Common;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure.Views;

/// <summary>What an exception means for the user in their language, when it is about their input:
/// a validator's messages, or a broken domain rule. Anything else is not the user's doing (null).</summary>
public static class InputErrors
{
    public static IReadOnlyList<InputError>? Of(Exception exception, IStringLocalizer<Texts> texts) => exception switch
    {
        InputValidationException invalid => invalid.Errors,
        DomainException broken => [new InputError("", texts[broken.Code])],
        _ => null,
    };

    public static void AddAll(this ModelStateDictionary state, IEnumerable<InputError> errors)
    {
        foreach (var error in errors) state.AddModelError(error.Field, error.Message);
    }
}
