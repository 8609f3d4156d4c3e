using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure;

/// <summary>Per-address limits where guessing or flooding does harm: sign-in (password guessing,
/// beside the per-account lockout), sign-up (mass accounts) and the payment webhook (a flood of
/// forged deliveries, each costing a signature check). Over the limit: 429 with Retry-After.
/// Limits come from configuration (<c>RateLimits:*</c>); behind a proxy, forwarded headers must
/// be trusted for the client address to be the real one. With <c>Redis:Connection</c> set, every server
/// counts in the same Redis window (<see cref="Cluster.RedisFixedWindowLimiter"/>).</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in", SignUp = "sign-up", Webhook = "webhook";

    public static IServiceCollection AddMarketplaceRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<Settings.RateLimitSettings>, IServiceProvider>((options, settings, services) =>
        {
            var redis = services.GetService<StackExchange.Redis.IConnectionMultiplexer>();
            var instance = services.GetRequiredService<IOptions<Settings.RedisSettings>>().Value.InstanceName;
            var clock = services.GetRequiredService<TimeProvider>();
            var limits = settings.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
                return ValueTask.CompletedTask;
            };
            foreach (var (policy, permits, window) in new[]
            {
                (SignIn, limits.SignInsPerMinute, TimeSpan.FromMinutes(1)),
                (SignUp, limits.SignUpsPerHour, TimeSpan.FromHours(1)),
                (Webhook, limits.WebhooksPerMinute, TimeSpan.FromMinutes(1)),
            })
                options.AddPolicy(policy, http => RateLimitPartition.Get(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", address =>
                {
                    var local = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
                    return redis is null ? local : new Cluster.RedisFixedWindowLimiter(redis, $"{instance}:rate:{policy}:{address}", permits, window, clock, local);
                }));
        });
        return services;
    }
}
