using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Marketplace.Web.Infrastructure.Caching;

/// <summary>Answers of public reads that every visitor may share for a few seconds (the catalog),
/// and the anonymous pages built from them (<see cref="PagePolicy"/>). Bounded, because the keys
/// carry words typed by anyone. <see cref="InvalidateAsync"/> drops both at once; commands that
/// change what the catalog shows trigger it after they commit, and it tells the other servers, which
/// drop theirs (<see cref="Cluster.IClusterBus"/>).</summary>
public sealed class SharedReadCache
{
    private readonly IOutputCacheStore pages;
    private readonly Cluster.IClusterBus cluster;

    public SharedReadCache(IOutputCacheStore pages, IOptions<Settings.CachingSettings> settings, Cluster.IClusterBus cluster)
    {
        this.pages = pages;
        this.cluster = cluster;
        Enabled = settings.Value.SharedReads;
        cluster.Subscribe(Cluster.ClusterTopics.CatalogChanged, _ => DropHereAsync().GetAwaiter().GetResult());
    }

    /// <summary><c>Caching:SharedReads</c> = false turns both caches off (the benchmark measures the uncached path too).</summary>
    public bool Enabled { get; }

    /// <summary>The output-cache policy of catalog pages without forms: anonymous visitors only
    /// (the default policy skips signed-in members and responses that set cookies), one copy per
    /// query string and language.</summary>
    public const string PagePolicy = "PublicCatalog";
    public const string PageTag = "catalog";
    public static readonly TimeSpan PageLifetime = TimeSpan.FromSeconds(10);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });
    private CancellationTokenSource _generation = new();
    private long _version;

    /// <summary>Goes up whenever the shared answers are dropped: page fragments kept with Razor's
    /// <c>&lt;cache&gt;</c> vary by it (<see cref="FragmentKey"/>), so a change never shows an old fragment.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>The <c>vary-by</c> of a page fragment shared by every reader of this address: the catalog's version
    /// and the query string (the language is varied apart, with <c>vary-by-culture</c>).</summary>
    public string FragmentKey(HttpRequest request) => string.Concat(Version.ToString(System.Globalization.CultureInfo.InvariantCulture), request.Path.Value, request.QueryString.Value);

    private readonly ConcurrentDictionary<object, Lazy<Task<object?>>> _loading = new();

    public async Task<T> GetOrLoadAsync<T>(object key, TimeSpan lifetime, Func<Task<T>> load)
    {
        if (!Enabled) return await load();
        if (_cache.TryGetValue(key, out T? cached) && cached is not null) return cached;
        // One load per key at a time: when a popular answer expires under load, the other requests
        // wait for that load instead of all running the same query at once.
        var mine = new Lazy<Task<object?>>(() => LoadAndKeepAsync(key, lifetime, load));
        var running = _loading.GetOrAdd(key, mine);
        try
        {
            return (T)(await running.Value)!;
        }
        catch (OperationCanceledException) when (running != mine)
        {
            return await load(); // the request that was loading gave up; this one still wants the answer
        }
        finally
        {
            if (running == mine) _loading.TryRemove(KeyValuePair.Create(key, running));
        }
    }

    private async Task<object?> LoadAndKeepAsync<T>(object key, TimeSpan lifetime, Func<Task<T>> load)
    {
        // Take the generation before loading: an invalidation during the load expires this entry too.
        var generation = Volatile.Read(ref _generation);
        var value = await load();
        if (value is null || generation.IsCancellationRequested) return value;
        _cache.Set(key, value, new MemoryCacheEntryOptions
        {
            Size = 1,
            AbsoluteExpirationRelativeToNow = lifetime,
            ExpirationTokens = { new CancellationChangeToken(generation.Token) },
        });
        return value;
    }

    public async Task InvalidateAsync()
    {
        await DropHereAsync();
        await cluster.PublishAsync(Cluster.ClusterTopics.CatalogChanged, "");
    }

    private async Task DropHereAsync()
    {
        Interlocked.Increment(ref _version);
        var previous = Interlocked.Exchange(ref _generation, new CancellationTokenSource());
        previous.Cancel();
        previous.Dispose();
        await pages.EvictByTagAsync(PageTag, CancellationToken.None);
    }
}
