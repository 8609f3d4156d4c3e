using Npgsql;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>A fresh PostgreSQL database per test, on the server test.sh starts.
/// There is no skipping: without a server these tests fail, as CI requires.</summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _admin;

    private PostgresDatabase(string admin, string name)
    {
        _admin = admin;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("MARKETPLACE_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=5432;Username=marketplace;Password=marketplace;Database=postgres";

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var database = new PostgresDatabase(AdminConnectionString, "mk_test_" + Guid.NewGuid().ToString("N")[..16]);
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // FORCE cannot end a backend of another role (autovacuum may be visiting the new database):
        // wait for it a little; a database left behind harms no other test, each has its own name.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_admin);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                await Task.Delay(300);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
            {
                return;
            }
        }
    }
}

/// <summary>The app on a fresh PostgreSQL database.</summary>
public sealed class PostgresAppFactory(PostgresDatabase database) : AppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Marketplace"] = database.ConnectionString,
    };
}
