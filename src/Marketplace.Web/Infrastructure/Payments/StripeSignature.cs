using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Marketplace.Web.Infrastructure.Payments;

/// <summary>Checks a <c>Stripe-Signature</c> header (<c>t=…,v1=…[,v1=…]</c>) against the raw body:
/// HMAC-SHA256 of <c>{t}.{body}</c> keyed with the whole <c>whsec_…</c> secret as UTF-8, lowercase
/// hex; any one <c>v1</c> may match, other schemes are ignored, the timestamp must be within the
/// tolerance, and the comparison takes constant time.</summary>
public static class StripeSignature
{
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromSeconds(300);

    public static bool IsValid(string? header, ReadOnlySpan<byte> body, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(header) || string.IsNullOrEmpty(secret)) return false;

        long? timestamp = null;
        var candidates = new List<string>();
        foreach (var part in header.Split(','))
        {
            var separator = part.IndexOf('=');
            if (separator <= 0) continue;
            var key = part[..separator].Trim();
            var value = part[(separator + 1)..].Trim();
            if (key == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var t)) timestamp = t;
            else if (key == "v1") candidates.Add(value);
        }
        if (timestamp is null || candidates.Count == 0) return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(timestamp.Value)).Duration() > tolerance) return false;

        var expected = Encoding.ASCII.GetBytes(Compute(timestamp.Value, body, secret));
        var matched = false;
        foreach (var candidate in candidates)
            matched |= CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(candidate));
        return matched;
    }

    /// <summary>The lowercase hex <c>v1</c> signature of a body sent at <paramref name="timestamp"/>.</summary>
    public static string Compute(long timestamp, ReadOnlySpan<byte> body, string secret)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
