using System.Security.Cryptography;
using System.Text;
using Marketplace.Web.Infrastructure.Payments;

namespace Marketplace.Web.Tests.Features.Payments;

/// <summary>Webhook signatures with real HMACs, computed here independently of the code under test.</summary>
public class StripeSignatureTests
{
    private const string Secret = "whsec_test_secret";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"evt_1","type":"checkout.session.completed"}""");
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static string Hmac(long t, byte[] body, string secret) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes($"{t}.").Concat(body).ToArray())).ToLowerInvariant();

    private static bool Check(string header, byte[]? body = null) =>
        StripeSignature.IsValid(header, body ?? Body, Secret, Now, TimeSpan.FromSeconds(300));

    [Fact]
    public void A_valid_signature_passes() => Assert.True(Check($"t={Now.ToUnixTimeSeconds()},v1={Hmac(Now.ToUnixTimeSeconds(), Body, Secret)}"));

    [Fact]
    public void A_tampered_body_fails()
    {
        var header = $"t={Now.ToUnixTimeSeconds()},v1={Hmac(Now.ToUnixTimeSeconds(), Body, Secret)}";
        Assert.False(Check(header, Encoding.UTF8.GetBytes("""{"id":"evt_1","type":"charge.refunded"}""")));
    }

    [Fact]
    public void A_wrong_secret_fails() =>
        Assert.False(Check($"t={Now.ToUnixTimeSeconds()},v1={Hmac(Now.ToUnixTimeSeconds(), Body, "whsec_other")}"));

    [Fact]
    public void An_old_timestamp_fails_even_when_signed_correctly()
    {
        var old = Now.AddSeconds(-301).ToUnixTimeSeconds();
        Assert.False(Check($"t={old},v1={Hmac(old, Body, Secret)}"));
        var recent = Now.AddSeconds(-299).ToUnixTimeSeconds();
        Assert.True(Check($"t={recent},v1={Hmac(recent, Body, Secret)}"));
    }

    [Fact]
    public void Any_one_of_two_v1_signatures_may_match_and_other_schemes_are_ignored()
    {
        var t = Now.ToUnixTimeSeconds();
        Assert.True(Check($"t={t},v1={new string('0', 64)},v1={Hmac(t, Body, Secret)},v0={new string('f', 64)}"));
        Assert.False(Check($"t={t},v0={Hmac(t, Body, Secret)}"));
        Assert.False(Check($"t={t}"));
        Assert.False(Check("garbage"));
        Assert.False(Check(""));
    }
}
