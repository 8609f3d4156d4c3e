using StackExchange.Redis;

namespace Marketplace.Web.Infrastructure.Cluster;

/// <summary>Tells the other servers of something that happened on this one: the catalog changed (drop
/// shared answers and pages), a sign-in session ended (stop trusting it). The sender does its own part
/// itself; <see cref="Subscribe"/> handles what the others send. A lost message costs staleness, never
/// data: cached pages live <see cref="Caching.SharedReadCache.PageLifetime"/> at most, a session is
/// re-checked after <see cref="Members.SignInSessions.RecheckAfter"/>.</summary>
public interface IClusterBus
{
    Task PublishAsync(string topic, string message);

    void Subscribe(string topic, Action<string> handler);
}

public static class ClusterTopics
{
    public const string CatalogChanged = "catalog-changed", SessionEnded = "session-ended";
}

/// <summary>One server: there is nobody else to tell.</summary>
public sealed class LocalClusterBus : IClusterBus
{
    public Task PublishAsync(string topic, string message) => Task.CompletedTask;

    public void Subscribe(string topic, Action<string> handler) { }
}

/// <summary>Several servers: Redis pub/sub on channels <c>{Redis:InstanceName}:{topic}</c>. Each message carries
/// the sender's id, so a server skips its own. If Redis is down the message is logged as lost.</summary>
public sealed class RedisClusterBus(IConnectionMultiplexer redis, Microsoft.Extensions.Options.IOptions<Settings.RedisSettings> settings,
    ILogger<RedisClusterBus> logger) : IClusterBus
{
    // Per instance, not per process: two hosts in one process (the tests) are two servers.
    private readonly string _sender = Guid.NewGuid().ToString("N");

    public async Task PublishAsync(string topic, string message)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel(topic), _sender + "|" + message);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogWarning("Redis unavailable: the other servers do not hear of {Topic} ({Error})", topic, e.Message);
        }
    }

    public void Subscribe(string topic, Action<string> handler)
    {
        try
        {
            // The multiplexer subscribes again by itself when Redis comes back.
            redis.GetSubscriber().Subscribe(Channel(topic), (_, value) =>
            {
                var text = (string?)value ?? "";
                var separator = text.IndexOf('|');
                if (separator > 0 && !text.AsSpan(0, separator).SequenceEqual(_sender)) handler(text[(separator + 1)..]);
            });
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            logger.LogError("Redis unavailable at start: {Topic} from other servers is not heard until restart ({Error})", topic, e.Message);
        }
    }

    private RedisChannel Channel(string topic) => RedisChannel.Literal(settings.Value.InstanceName + ":" + topic);
}
