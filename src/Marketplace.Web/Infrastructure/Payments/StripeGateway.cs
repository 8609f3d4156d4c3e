using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Marketplace.Web.Infrastructure.Payments;

/// <summary>Stripe over its REST API (Stripe.net is not available here). Every POST carries an
/// Idempotency-Key derived from our own ids, so a retry (ours, or a repeated request after a
/// crash) never charges or refunds twice. Network errors, 409 and 5xx are retried with backoff;
/// anything else fails at once with Stripe's error as a <see cref="StripeApiException"/>.</summary>
public sealed class StripeGateway(HttpClient http, IConfiguration configuration, ILogger<StripeGateway> logger) : IPaymentGateway
{
    public const string GatewayName = "stripe";
    public const string DefaultApiBase = "https://api.stripe.com";
    private const int Attempts = 4;

    public string Name => GatewayName;

    private TimeSpan RetryBaseDelay => TimeSpan.FromMilliseconds(configuration.GetValue("Payments:Stripe:RetryBaseDelayMs", 500));

    public async Task<GatewaySession> StartCheckoutAsync(CheckoutSessionRequest request, CancellationToken ct)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("mode", "payment"),
            new("client_reference_id", request.PaymentId.ToString()),
            new("metadata[payment_id]", request.PaymentId.ToString()),
            new("customer_email", request.CustomerEmail),
            new("success_url", request.SuccessUrl),
            new("cancel_url", request.CancelUrl),
            new("expires_at", request.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new("payment_intent_data[metadata][payment_id]", request.PaymentId.ToString()),
        };
        for (var i = 0; i < request.Items.Count; i++)
        {
            var item = request.Items[i];
            // KRW is zero-decimal: unit_amount is whole won.
            form.Add(new($"line_items[{i}][price_data][currency]", "krw"));
            form.Add(new($"line_items[{i}][price_data][unit_amount]", item.UnitPrice.Amount.ToString(CultureInfo.InvariantCulture)));
            form.Add(new($"line_items[{i}][price_data][product_data][name]", item.Name));
            form.Add(new($"line_items[{i}][quantity]", item.Quantity.ToString(CultureInfo.InvariantCulture)));
        }
        using var session = await PostAsync("/v1/checkout/sessions", form, $"checkout-{request.PaymentId}", ct);
        return new GatewaySession(
            session.RootElement.GetProperty("id").GetString()!,
            session.RootElement.GetProperty("url").GetString()!);
    }

    public async Task ExpireCheckoutAsync(string sessionId, CancellationToken ct)
    {
        using var _ = await PostAsync($"/v1/checkout/sessions/{Uri.EscapeDataString(sessionId)}/expire", [], $"expire-{sessionId}", ct);
    }

    public async Task<GatewayRefund> RefundAsync(RefundRequest request, CancellationToken ct)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("payment_intent", request.PaymentIntentId),
            new("metadata[payment_id]", request.PaymentId.ToString()),
        };
        if (request.Amount is { } amount) form.Add(new("amount", amount.Amount.ToString(CultureInfo.InvariantCulture)));
        using var refund = await PostAsync("/v1/refunds", form, request.IdempotencyKey, ct);
        return new GatewayRefund(refund.RootElement.GetProperty("id").GetString()!, refund.RootElement.GetProperty("status").GetString() ?? "");
    }

    private async Task<JsonDocument> PostAsync(string path, IReadOnlyList<KeyValuePair<string, string>> form, string idempotencyKey, CancellationToken ct)
    {
        var secretKey = configuration["Payments:Stripe:SecretKey"];
        if (string.IsNullOrWhiteSpace(secretKey)) throw new PaymentGatewayException("Payments:Stripe:SecretKey is not configured.");
        var url = new Uri(new Uri(configuration["Payments:Stripe:ApiBase"] ?? DefaultApiBase), path);

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secretKey);
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ct);
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                if (attempt >= Attempts) throw new PaymentGatewayException($"Stripe could not be reached ({path}).", e);
                logger.LogWarning("Stripe {Path}: {Error}; retry {Attempt}", path, e.GetType().Name, attempt);
                await Task.Delay(Backoff(attempt), ct);
                continue;
            }

            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(ct);
                if (response.IsSuccessStatusCode) return JsonDocument.Parse(body);

                var retryable = response.StatusCode == HttpStatusCode.Conflict || (int)response.StatusCode >= 500;
                if (retryable && attempt < Attempts)
                {
                    logger.LogWarning("Stripe {Path}: HTTP {Status}; retry {Attempt}", path, (int)response.StatusCode, attempt);
                    await Task.Delay(Backoff(attempt), ct);
                    continue;
                }
                throw StripeApiException.From(response.StatusCode, body);
            }
        }
    }

    private TimeSpan Backoff(int attempt) => RetryBaseDelay * Math.Pow(2, attempt - 1);
}

public enum StripeErrorType { ApiError, CardError, IdempotencyError, InvalidRequestError, AuthenticationError, RateLimitError, Unknown }

/// <summary>Stripe's error object (<c>{"error": {"type", "code", "message", "param"}}</c>) as a typed exception.</summary>
public sealed class StripeApiException(HttpStatusCode status, StripeErrorType type, string? code, string? param, string message)
    : PaymentGatewayException($"Stripe {(int)status} {type}{(code is null ? "" : $" ({code})")}: {message}")
{
    public HttpStatusCode Status { get; } = status;
    public StripeErrorType Type { get; } = type;
    public string? Code { get; } = code;
    public string? Param { get; } = param;
    public string StripeMessage { get; } = message;

    public static StripeApiException From(HttpStatusCode status, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var error = json.RootElement.GetProperty("error");
            string? Text(string name) => error.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new StripeApiException(status, ParseType(Text("type")), Text("code"), Text("param"), Text("message") ?? "");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new StripeApiException(status, StripeErrorType.Unknown, null, null, "unreadable error body");
        }
    }

    private static StripeErrorType ParseType(string? type) => type switch
    {
        "api_error" => StripeErrorType.ApiError,
        "card_error" => StripeErrorType.CardError,
        "idempotency_error" => StripeErrorType.IdempotencyError,
        "invalid_request_error" => StripeErrorType.InvalidRequestError,
        "authentication_error" => StripeErrorType.AuthenticationError,
        "rate_limit_error" => StripeErrorType.RateLimitError,
        _ => StripeErrorType.Unknown,
    };
}
