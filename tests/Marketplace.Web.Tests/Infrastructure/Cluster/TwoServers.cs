namespace Marketplace.Web.Tests.Infrastructure.Cluster;

/// <summary>The Redis server test.sh starts. There is no skipping: without it these tests fail, as CI requires.</summary>
public static class RedisTestServer
{
    public static string Connection => Environment.GetEnvironmentVariable("MARKETPLACE_TEST_REDIS") ?? "127.0.0.1:6379";
}

/// <summary>One of several servers of the same shop: a shared PostgreSQL database, a shared Redis (under a
/// name of this test's own, so tests running at once do not hear each other), files in the database.</summary>
public sealed class ClusterServer(PostgresDatabase database, string instance, bool seedsDemoData, IDictionary<string, string?>? extra = null) : AppFactory
{
    protected override bool WithDemoData => seedsDemoData;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>())
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Marketplace"] = database.ConnectionString,
        ["Redis:Connection"] = extra?.TryGetValue("Redis:Connection", out var redis) == true ? redis : RedisTestServer.Connection,
        ["Redis:InstanceName"] = instance,
        ["Storage:Kind"] = "Database",
    };
}

/// <summary>Servers A and B of one shop, A with the demo data.</summary>
public sealed class TwoServers : IAsyncDisposable
{
    private TwoServers(PostgresDatabase database, ClusterServer a, ClusterServer b) => (Database, A, B) = (database, a, b);

    public PostgresDatabase Database { get; }
    public ClusterServer A { get; }
    public ClusterServer B { get; }

    public static async Task<TwoServers> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var database = await PostgresDatabase.CreateAsync();
        var instance = "test-" + Guid.NewGuid().ToString("N")[..12];
        var a = new ClusterServer(database, instance, seedsDemoData: true, settings);
        _ = a.Services; // migrates and seeds before B starts
        var b = new ClusterServer(database, instance, seedsDemoData: false, settings);
        _ = b.Services;
        return new TwoServers(database, a, b);
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await Database.DisposeAsync();
    }
}
