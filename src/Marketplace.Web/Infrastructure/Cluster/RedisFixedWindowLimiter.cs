using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Marketplace.Web.Infrastructure.Cluster;

/// <summary>A fixed-window limit counted in Redis, so that every server counts the same window: one
/// INCRBY per request on <c>{key}:{window}</c> (<c>{instance}:rate:{policy}:{address}</c>), which expires with its
/// window. If Redis does not answer, this server counts on its own (<paramref name="fallback"/>) rather
/// than refusing everyone or letting everyone through.</summary>
public sealed class RedisFixedWindowLimiter(IConnectionMultiplexer redis, string key, int permits, TimeSpan window, TimeProvider clock,
    RateLimiter fallback) : RateLimiter
{
    // Adds the permits, and starts the window's clock on its first request.
    private const string CountScript = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[1])
        if count == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return count
        """;

    private long _lastUsedTicks = clock.GetTimestamp();

    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref _lastUsedTicks));

    public override RateLimiterStatistics? GetStatistics() => fallback.GetStatistics();

    // The middleware tries the synchronous path first and waits on the asynchronous one when it is refused:
    // refusing here sends every request to Redis without blocking a thread on it.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Lease.AskAsynchronously;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsedTicks, clock.GetTimestamp());
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var windowMs = (long)window.TotalMilliseconds;
        var windowStart = now / windowMs * windowMs;
        try
        {
            var count = (long)await redis.GetDatabase().ScriptEvaluateAsync(CountScript,
                [new RedisKey($"{key}:{windowStart}")], [permitCount, windowMs]);
            return count <= permits ? Lease.Granted : Lease.Refused(TimeSpan.FromMilliseconds(windowStart + windowMs - now));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return await fallback.AcquireAsync(permitCount, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) fallback.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null), AskAsynchronously = new(false, null);

        public static Lease Refused(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
