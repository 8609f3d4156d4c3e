using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Localization;

/// <summary>Model binding's own messages ("the value 'abc' is not valid") in the user's language.</summary>
public sealed class LocalizedModelBindingMessages(IStringLocalizer<Texts> texts) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => texts["Binding.InvalidValue", Shorten(value), field]);
        messages.SetValueIsInvalidAccessor(value => texts["Binding.InvalidValue", Shorten(value), ""]);
        messages.SetUnknownValueIsInvalidAccessor(field => texts["Binding.InvalidValue", "", field]);
        messages.SetValueMustBeANumberAccessor(field => texts["Binding.MustBeNumber", field]);
        messages.SetValueMustNotBeNullAccessor(field => texts["Binding.Required", field]);
        messages.SetMissingBindRequiredValueAccessor(field => texts["Binding.Required", field]);
        messages.SetMissingKeyOrValueAccessor(() => texts["Binding.Required", ""]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => texts["Binding.InvalidValue", Shorten(value), ""]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => texts["Binding.InvalidValue", "", ""]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => texts["Binding.MustBeNumber", ""]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => texts["Binding.Required", ""]);
    }

    // A pasted 10,000-character value should not be echoed back whole.
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
