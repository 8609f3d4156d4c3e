using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Stripe;

namespace Marketplace.Web.Infrastructure.Payments;

/// <summary>Reads a webhook delivery into a Stripe event only when it is signed with our endpoint's
/// secret within the last 300 seconds (by the app's clock) and written in the API version Stripe.net
/// is pinned to (<see cref="StripeConfiguration.ApiVersion"/>): an event of another version would be
/// read into the wrong shape, so it is refused, with a log line saying which version the endpoint
/// must be created with. Stripe delivers a refused event again for three days.</summary>
public sealed class StripeWebhook(IOptions<StripeOptions> options, TimeProvider clock, ILogger<StripeWebhook> logger)
{
    public const long ToleranceSeconds = 300;

    public Event? Read(byte[] body, string? signature)
    {
        var secret = options.Value.WebhookSecret;
        if (string.IsNullOrEmpty(secret))
        {
            logger.LogError("Stripe webhook refused: {Key} is not configured", $"{StripeOptions.Section}:WebhookSecret");
            return null;
        }
        var json = Encoding.UTF8.GetString(body);
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        try
        {
            EventUtility.ValidateSignature(json, signature ?? "", secret, ToleranceSeconds, now);
        }
        catch (Exception e) when (e is StripeException or FormatException or ArgumentException)
        {
            logger.LogWarning("Stripe webhook refused: bad or stale signature");
            return null;
        }
        if (!IsEventShaped(body))
        {
            logger.LogWarning("Stripe webhook refused: the body is not an event");
            return null;
        }
        try
        {
            return EventUtility.ConstructEvent(json, signature, secret, ToleranceSeconds, now, throwOnApiVersionMismatch: true);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            logger.LogWarning("Stripe webhook refused: the event could not be read ({Error})", e.GetType().Name);
            return null;
        }
        catch (StripeException e)
        {
            logger.LogError("Stripe webhook refused: {Reason} Create the webhook endpoint with API version {ApiVersion}.",
                e.Message, StripeConfiguration.ApiVersion);
            return null;
        }
    }

    // An object with an id and a type: what every Stripe event is, whatever its version.
    private static bool IsEventShaped(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 }
                && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() is { Length: > 0 };
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
