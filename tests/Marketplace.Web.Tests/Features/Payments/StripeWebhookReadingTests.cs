using System.Text;
using Marketplace.Web.Infrastructure.Payments;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static Marketplace.Web.Tests.Features.Payments.StripeTestEvents;

namespace Marketplace.Web.Tests.Features.Payments;

/// <summary>What the webhook accepts: real HMACs computed here, the app's clock, Stripe.net's pinned API version.</summary>
public class StripeWebhookReadingTests
{
    private const string Secret = "whsec_test_secret";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
    private static readonly byte[] Body = Event(ApiVersion);
    private readonly RecordingLogger _log = new();

    private static byte[] Event(string apiVersion) => Encoding.UTF8.GetBytes($$$$"""
        {"id":"evt_1","object":"event","api_version":"{{{{apiVersion}}}}","type":"checkout.session.completed",
         "data":{"object":{"id":"cs_1","object":"checkout.session","client_reference_id":"x","payment_status":"paid"}}}
        """);

    private Stripe.Event? Read(string? header, byte[]? body = null, string secret = Secret) =>
        new StripeWebhook(Options.Create(new StripeOptions { WebhookSecret = secret }), new FixedClock(Now), _log).Read(body ?? Body, header);

    private static long T => Now.ToUnixTimeSeconds();

    [Fact]
    public void A_valid_signature_gives_the_event()
    {
        var read = Read(Header(T, Body, Secret));
        Assert.Equal(("evt_1", "checkout.session.completed"), (read?.Id, read?.Type));
        Assert.IsType<Stripe.Checkout.Session>(read!.Data.Object);
    }

    [Fact]
    public void A_tampered_body_or_a_wrong_secret_is_refused()
    {
        Assert.Null(Read(Header(T, Body, Secret), Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("paid", "unpaid"))));
        Assert.Null(Read(Header(T, Body, "whsec_other")));
        Assert.Contains(_log.Lines, l => l.Contains("bad or stale signature"));
    }

    [Fact]
    public void Without_a_configured_secret_nothing_is_accepted_even_signed_with_an_empty_one()
    {
        Assert.Null(Read(Header(T, Body, ""), secret: ""));
        Assert.Contains(_log.Lines, l => l.Contains("WebhookSecret is not configured"));
    }

    [Fact]
    public void A_timestamp_older_than_300_seconds_by_the_app_clock_is_refused()
    {
        Assert.Null(Read(Header(T - 301, Body, Secret)));
        Assert.NotNull(Read(Header(T - 299, Body, Secret)));
    }

    [Fact]
    public void Any_one_of_two_v1_signatures_may_match_and_other_schemes_do_not_count()
    {
        Assert.NotNull(Read($"t={T},v1={new string('0', 64)},v1={Hmac(T, Body, Secret)},v0={new string('f', 64)}"));
        Assert.Null(Read($"t={T},v0={Hmac(T, Body, Secret)}"));
        Assert.Null(Read($"t={T}"));
        Assert.Null(Read("garbage"));
        Assert.Null(Read(""));
        Assert.Null(Read(null));
    }

    [Fact]
    public void An_event_of_another_api_version_is_refused_with_a_line_naming_the_version_to_use()
    {
        var old = Event("2024-06-20");
        Assert.Null(Read(Header(T, old, Secret), old));
        Assert.Contains(_log.Lines, l => l.Contains($"Create the webhook endpoint with API version {ApiVersion}"));
    }

    [Fact]
    public void A_signed_body_that_is_not_an_event_is_refused()
    {
        foreach (var text in new[] { "not json at all", "[]", $$"""{"object":"event","api_version":"{{ApiVersion}}"}""", """{"id":"evt_2","type":"x","data":[]}""" })
        {
            var body = Encoding.UTF8.GetBytes(text);
            Assert.Null(Read(Header(T, body, Secret), body));
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class RecordingLogger : ILogger<StripeWebhook>
    {
        public List<string> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }
}
