using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>Per-address limits where guessing or flooding does harm: sign-in (password guessing,
/// beside the per-account lockout), sign-up (mass accounts) and the payment webhook (a flood of
/// forged deliveries, each costing a signature check). Over the limit: 429 with Retry-After.
/// Limits come from configuration (<c>RateLimits:*</c>); behind a proxy, forwarded headers must
/// be trusted for the client address to be the real one.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in", SignUp = "sign-up", Webhook = "webhook";

    public static IServiceCollection AddMarketplaceRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<Settings.RateLimitSettings>>((options, settings) =>
        {
            var limits = settings.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
                return ValueTask.CompletedTask;
            };
            PerAddress(options, SignIn, limits.SignInsPerMinute, TimeSpan.FromMinutes(1));
            PerAddress(options, SignUp, limits.SignUpsPerHour, TimeSpan.FromHours(1));
            PerAddress(options, Webhook, limits.WebhooksPerMinute, TimeSpan.FromMinutes(1));
        });
        return services;
    }

    private static void PerAddress(RateLimiterOptions options, string policy, int permits, TimeSpan window) =>
        options.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
}
