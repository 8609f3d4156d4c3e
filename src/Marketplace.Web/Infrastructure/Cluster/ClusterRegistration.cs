using Marketplace.Domain.Data;
using Microsoft.AspNetCore.DataProtection;
using Marketplace.Web.Infrastructure.Settings;
using StackExchange.Redis;

namespace Marketplace.Web.Infrastructure.Cluster;

/// <summary>One server by default; several when <c>Redis:Connection</c> is set (docs/decisions/0010):
/// then cache invalidation and sign-outs reach every server by Redis pub/sub, rate limits count in
/// Redis, and the data-protection keys (cookies, antiforgery) live in the shared database.</summary>
public static class ClusterRegistration
{
    public static IServiceCollection AddCluster(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSettings<Settings.RedisSettings>(configuration);
        var redis = configuration.GetSection(Settings.RedisSettings.Section).Get<Settings.RedisSettings>() ?? new();
        var keys = services.AddDataProtection().SetApplicationName("marketplace");
        if (redis.Enabled)
        {
            services.AddSingleton<IConnectionMultiplexer>(_ => Connect(redis.Connection));
            services.AddSingleton<IClusterBus, RedisClusterBus>();
            keys.PersistKeysToDbContext<MarketplaceDbContext>();
        }
        else
        {
            services.AddSingleton<IClusterBus, LocalClusterBus>();
            // Keys outlive the process: a restart (or a crash) signs nobody out and spoils no open form.
            keys.PersistKeysToFileSystem(new DirectoryInfo(configuration["DataProtection:KeysPath"] is { Length: > 0 } path
                ? path : Path.Combine(environment.ContentRootPath, "App_Data", "keys")));
        }
        services.AddSingleton<Members.TrustedSessions>();
        services.AddHostedService<ClusterListener>();
        services.AddSingleton<JobLeases>();
        // Files in the database are for several servers on a server database. On SQLite (one server) a file written
        // while a step holds the write lock would wait on that very step.
        services.AddOptions<StorageSettings>().Validate(storage => storage.Kind != StorageKind.Database
            || Data.DatabaseSetup.ProviderFrom(configuration) != Data.DatabaseProvider.Sqlite,
            "Storage:Kind=Database needs Database:Provider=Postgres or SqlServer; with SQLite keep Storage:Kind=Folder.");
        services.AddSingleton<Storage.IFileStore>(sp =>
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Settings.StorageSettings>>().Value.Kind == Settings.StorageKind.Database
                ? ActivatorUtilities.CreateInstance<Storage.DatabaseFileStore>(sp)
                : ActivatorUtilities.CreateInstance<Storage.FolderFileStore>(sp));
        return services;
    }

    /// <summary>Starts without Redis (the app answers, counting and caching on its own) and reconnects
    /// by itself; a call waits at most a second, so a Redis outage slows no page for long. These are
    /// defaults: the same keys in <c>Redis:Connection</c> come later and win.</summary>
    private static ConnectionMultiplexer Connect(string configuration) =>
        ConnectionMultiplexer.Connect(ConfigurationOptions.Parse(
            "abortConnect=false,connectTimeout=2000,syncTimeout=1000,asyncTimeout=1000,name=marketplace," + configuration));

    /// <summary>Listens for what the other servers announce from the start, not from first use.</summary>
    private sealed class ClusterListener(Caching.SharedReadCache cache, Members.TrustedSessions sessions) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = (cache, sessions); // constructing them subscribed them: to catalog changes, and to sessions ended elsewhere
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
