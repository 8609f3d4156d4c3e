using System.Net;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace Marketplace.Web.Infrastructure.Payments;

/// <summary>Stripe through Stripe.net. Every POST carries an idempotency key derived from our own ids,
/// so a retry (the SDK's own, after a network error, a 409 or a 5xx, or ours after a crash) never
/// charges or refunds twice. Stripe's errors arrive as a <see cref="StripeApiException"/>.</summary>
public sealed class StripeGateway(HttpClient http, IOptions<StripeOptions> options) : IPaymentGateway
{
    public const string GatewayName = "stripe";

    public string Name => GatewayName;

    public async Task<GatewaySession> StartCheckoutAsync(CheckoutSessionRequest request, CancellationToken ct)
    {
        var paymentId = request.PaymentId.ToString();
        var create = new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = paymentId,
            Metadata = new() { ["payment_id"] = paymentId },
            CustomerEmail = request.CustomerEmail,
            SuccessUrl = request.SuccessUrl,
            CancelUrl = request.CancelUrl,
            ExpiresAt = request.ExpiresAt.UtcDateTime,
            AllowedPaymentMethodTypes = [.. options.Value.PaymentMethodList],
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = new() { ["payment_id"] = paymentId } },
            // KRW is zero-decimal: UnitAmount is whole won.
            LineItems = [.. request.Items.Select(item => new SessionLineItemOptions
            {
                Quantity = item.Quantity,
                PriceData = new SessionLineItemPriceDataOptions
                {
                    Currency = "krw",
                    UnitAmount = item.UnitPrice.Amount,
                    ProductData = new SessionLineItemPriceDataProductDataOptions { Name = item.Name },
                },
            })],
        };
        var session = await CallAsync(client => new SessionService(client)
            .CreateAsync(create, new RequestOptions { IdempotencyKey = $"checkout-{request.PaymentId}" }, ct));
        return new GatewaySession(session.Id, session.Url);
    }

    public Task ExpireCheckoutAsync(string sessionId, CancellationToken ct) =>
        CallAsync(client => new SessionService(client)
            .ExpireAsync(sessionId, null, new RequestOptions { IdempotencyKey = $"expire-{sessionId}" }, ct));

    public async Task<GatewayRefund> RefundAsync(RefundRequest request, CancellationToken ct)
    {
        var create = new RefundCreateOptions
        {
            PaymentIntent = request.PaymentIntentId,
            Amount = request.Amount?.Amount,
            Metadata = new() { ["payment_id"] = request.PaymentId.ToString() },
        };
        var refund = await CallAsync(client => new RefundService(client)
            .CreateAsync(create, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, ct));
        return new GatewayRefund(refund.Id, refund.Status ?? "");
    }

    private async Task<T> CallAsync<T>(Func<StripeClient, Task<T>> call)
    {
        var settings = options.Value;
        if (!settings.IsConfigured) throw new PaymentGatewayException($"{StripeOptions.Section}:SecretKey is not configured.");
        var client = new StripeClient(new StripeClientOptions
        {
            ApiKey = settings.SecretKey,
            ApiBase = settings.ApiBase,
            // The SDK retries with its own backoff (0.5 s doubling to 5 s) and honours Stripe-Should-Retry.
            HttpClient = new SystemNetHttpClient(http, settings.MaxNetworkRetries, enableTelemetry: false),
        });
        try
        {
            return await call(client);
        }
        catch (StripeException e) when (e.StripeError is not null || e.HttpStatusCode != 0)
        {
            throw StripeApiException.From(e);
        }
        catch (Exception e) when (e is StripeException or HttpRequestException or TaskCanceledException)
        {
            throw new PaymentGatewayException("Stripe could not be reached.", e);
        }
    }
}

public enum StripeErrorType { ApiError, CardError, IdempotencyError, InvalidRequestError, AuthenticationError, RateLimitError, Unknown }

/// <summary>Stripe's error (type, code, param, message) as the gateway's own exception, so that callers
/// need not know the SDK.</summary>
public sealed class StripeApiException(HttpStatusCode status, StripeErrorType type, string? code, string? param, string message, Exception inner)
    : PaymentGatewayException($"Stripe {(int)status} {type}{(code is null ? "" : $" ({code})")}: {message}", inner)
{
    public HttpStatusCode Status { get; } = status;
    public StripeErrorType Type { get; } = type;
    public string? Code { get; } = code;
    public string? Param { get; } = param;
    public string StripeMessage { get; } = message;

    public static StripeApiException From(StripeException e) =>
        new(e.HttpStatusCode, TypeOf(e.StripeError?.Type), e.StripeError?.Code, e.StripeError?.Param, e.StripeError?.Message ?? e.Message, e);

    private static StripeErrorType TypeOf(string? type) => type switch
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
