using Marketplace.Web.Features.Admin.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Every settings group is checked when the app starts: a wrong value stops it with a
/// message naming the key, before the database is touched.</summary>
public class SettingsTests
{
    [Theory]
    [InlineData("Payments:SessionMinutes", "5")]
    [InlineData("Payments:Stripe:PaymentMethods", "card,bitcoin")]
    [InlineData("Payments:Stripe:ApiBase", "not a url")]
    [InlineData("Email:Smtp:Port", "70000")]
    [InlineData("RateLimits:SignInsPerMinute", "0")]
    [InlineData("Procurement:SingleQuoteCapWon", "-1")]
    [InlineData("Procurement:InvoiceDueDays", "400")]
    [InlineData("Settlement:CommissionRate", "0.5")]
    [InlineData("Storage:Kind", "Database")] // files in the database are for a server database, not SQLite
    [InlineData("OpenTelemetry:Endpoint", "collector:4317")]
    public void A_wrong_value_stops_start_up_naming_its_key(string key, string value)
    {
        using var app = new SettingAppFactory(new() { [key] = value });
        var refused = Assert.Throws<OptionsValidationException>(() => app.Services);
        Assert.Contains(key, refused.Message);
        Assert.False(File.Exists(app.DatabasePath), "the database was created before the settings were checked");
    }

    [Fact]
    public void Smtp_without_a_sender_address_is_refused()
    {
        using var app = new SettingAppFactory(new() { ["Email:Smtp:Host"] = "smtp.example.kr" });
        Assert.Contains("Email:Smtp:From", Assert.Throws<OptionsValidationException>(() => app.Services).Message);
    }

    [Fact]
    public void A_stripe_key_without_a_webhook_secret_is_refused()
    {
        using var app = new SettingAppFactory(new() { ["Payments:Stripe:SecretKey"] = "sk_test_x" });
        Assert.Contains("Payments:Stripe:WebhookSecret", Assert.Throws<OptionsValidationException>(() => app.Services).Message);
    }

    [Fact]
    public async Task Configured_defaults_reach_the_platform_settings_until_the_operator_changes_them()
    {
        using var app = new SettingAppFactory(new() { ["Procurement:InvoiceDueDays"] = "45", ["Settlement:CommissionRate"] = "0.025" });
        var (due, commission) = await app.WithScopeAsync(async sp =>
        {
            var settings = sp.GetRequiredService<PlatformSettings>();
            return (await settings.GetAsync(PlatformSettings.InvoiceDueDays, default), await settings.GetAsync(PlatformSettings.CommissionRate, default));
        });
        Assert.Equal((45m, 0.025m), (due, commission));
    }

    private sealed class SettingAppFactory(Dictionary<string, string?> extra) : AppFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings).Concat(extra).ToDictionary(p => p.Key, p => p.Value);
    }
}
