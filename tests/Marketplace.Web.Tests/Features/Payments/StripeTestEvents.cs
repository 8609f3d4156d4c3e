using System.Security.Cryptography;
using System.Text;

namespace Marketplace.Web.Tests.Features.Payments;

/// <summary>Webhook deliveries as Stripe signs them, computed here independently of the code under test.</summary>
public static class StripeTestEvents
{
    /// <summary>The version the webhook endpoint must be created with (README); Stripe.net 53.1.0 is pinned to it.</summary>
    public const string ApiVersion = "2026-10-28.endive";

    public static string Hmac(long timestamp, byte[] body, string secret) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes($"{timestamp}.").Concat(body).ToArray())).ToLowerInvariant();

    public static string Header(long timestamp, byte[] body, string secret) => $"t={timestamp},v1={Hmac(timestamp, body, secret)}";
}
