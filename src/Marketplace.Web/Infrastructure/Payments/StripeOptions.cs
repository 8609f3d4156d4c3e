using Marketplace.Web.Infrastructure.Settings;

namespace Marketplace.Web.Infrastructure.Payments;

/// <summary><c>Payments:Stripe:*</c>. Without a secret key the simulated gateway takes payments.
/// Checked at start-up: a wrong value stops the app with a message that names the key.</summary>
public sealed class StripeOptions : ISettings
{
    public static string Section => "Payments:Stripe";

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

    public IEnumerable<string> Problems()
    {
        if (!Uri.TryCreate(ApiBase, UriKind.Absolute, out _))
            yield return $"{Section}:ApiBase '{ApiBase}' is not an absolute URL.";
        if (PaymentMethodList.Count == 0)
            yield return $"{Section}:PaymentMethods is empty; leave it out for card only.";
        foreach (var method in PaymentMethodList.Where(m => !KnownPaymentMethods.Contains(m)))
            yield return $"{Section}:PaymentMethods has '{method}', which is not one of {string.Join(", ", KnownPaymentMethods)}.";
        foreach (var problem in Check.Range($"{Section}:MaxNetworkRetries", MaxNetworkRetries, 0, 10))
            yield return problem;
        if (IsConfigured && string.IsNullOrWhiteSpace(WebhookSecret))
            yield return $"{Section}:WebhookSecret is required with a SecretKey: without it no payment would ever be confirmed.";
    }
}
