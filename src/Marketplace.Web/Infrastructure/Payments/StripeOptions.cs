using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Payments;

/// <summary><c>Payments:Stripe:*</c>. Without a secret key the simulated gateway takes payments.
/// Checked at start-up: a wrong value stops the app with a message that names the key.</summary>
public sealed class StripeOptions
{
    public const string Section = "Payments:Stripe";

    /// <summary>Korean payment methods a Checkout Session may offer (KRW only; each must be enabled
    /// on the Stripe account).</summary>
    public static readonly IReadOnlySet<string> KnownPaymentMethods =
        new HashSet<string>(StringComparer.Ordinal) { "card", "kr_card", "kakao_pay", "naver_pay", "payco", "samsung_pay" };

    public string SecretKey { get; set; } = "";
    public string WebhookSecret { get; set; } = "";
    /// <summary>Where the API is; tests point it at a fake Stripe on 127.0.0.1.</summary>
    public string ApiBase { get; set; } = "https://api.stripe.com";
    /// <summary>Comma-separated, e.g. <c>card,kakao_pay,naver_pay</c>.</summary>
    public string PaymentMethods { get; set; } = "card";
    /// <summary>How often the SDK retries a network error, a 409 or a 5xx, with the same idempotency key.</summary>
    public int MaxNetworkRetries { get; set; } = 3;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey);

    public IReadOnlyList<string> PaymentMethodList =>
        PaymentMethods.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public sealed class Validator : IValidateOptions<StripeOptions>
    {
        public ValidateOptionsResult Validate(string? name, StripeOptions options)
        {
            var errors = new List<string>();
            if (!Uri.TryCreate(options.ApiBase, UriKind.Absolute, out _))
                errors.Add($"{Section}:ApiBase '{options.ApiBase}' is not an absolute URL.");
            if (options.PaymentMethodList.Count == 0)
                errors.Add($"{Section}:PaymentMethods is empty; leave it out for card only.");
            foreach (var method in options.PaymentMethodList.Where(m => !KnownPaymentMethods.Contains(m)))
                errors.Add($"{Section}:PaymentMethods has '{method}', which is not one of {string.Join(", ", KnownPaymentMethods)}.");
            if (options.MaxNetworkRetries is < 0 or > 10)
                errors.Add($"{Section}:MaxNetworkRetries must be between 0 and 10.");
            if (options.IsConfigured && string.IsNullOrWhiteSpace(options.WebhookSecret))
                errors.Add($"{Section}:WebhookSecret is required with a SecretKey: without it no payment would ever be confirmed.");
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
