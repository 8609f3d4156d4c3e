using System.Data.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Infrastructure.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.Web.Tests.Data;

/// <summary>Databases built by the SQL scripts of earlier releases (kept in Data/LegacyScripts as they
/// were in git) are adopted at the initial migration with every row kept; two servers starting at once
/// migrate once.</summary>
public class ScriptedDatabaseTests
{
    [Fact]
    public async Task A_sqlite_database_built_by_the_old_scripts_keeps_its_members_and_orders()
    {
        var folder = Directory.CreateTempSubdirectory("marketplace-legacy-").FullName;
        var connectionString = $"Data Source={Path.Combine(folder, "marketplace.db")}";
        try
        {
            await using (var connection = new SqliteConnection(connectionString))
                await LegacyScripts.ApplyAsync(connection, "sqlite");
            await AssertAdoptedAsync(DatabaseProvider.Sqlite, connectionString, DatabaseSchema.FromSqliteAsync);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_postgres_database_built_by_the_old_scripts_keeps_its_members_and_orders()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
            await LegacyScripts.ApplyAsync(connection, "postgres");
        await AssertAdoptedAsync(DatabaseProvider.Postgres, database.ConnectionString, DatabaseSchema.FromPostgresAsync);
    }

    [Fact]
    public async Task A_database_stopped_at_an_older_script_is_refused_with_a_message_and_left_alone()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
            await LegacyScripts.ApplyAsync(connection, "postgres", upTo: "0010_procurement");

        using var app = new ExistingDatabaseAppFactory(DatabaseProvider.Postgres, database.ConnectionString);
        var refused = Assert.Throws<InvalidOperationException>(() => app.Services);
        Assert.Contains("up to 0010_procurement, not 0011_institution_invitations", refused.Message);

        await using var check = new NpgsqlConnection(database.ConnectionString);
        await check.OpenAsync();
        Assert.False(await TableExistsAsync(check, "__EFMigrationsHistory"));
        Assert.False(await TableExistsAsync(check, "InstitutionInvitations"));
    }

    [Fact]
    public async Task Two_servers_starting_at_once_on_a_new_postgres_database_apply_each_migration_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await AssertStartTogetherAsync(database.ConnectionString);
    }

    [Fact]
    public async Task Two_servers_starting_at_once_on_an_old_postgres_database_adopt_it_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
            await LegacyScripts.ApplyAsync(connection, "postgres");
        await AssertStartTogetherAsync(database.ConnectionString);
    }

    private static async Task AssertStartTogetherAsync(string connectionString)
    {
        using var first = new ExistingDatabaseAppFactory(DatabaseProvider.Postgres, connectionString, demoData: false);
        using var second = new ExistingDatabaseAppFactory(DatabaseProvider.Postgres, connectionString, demoData: false);

        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "MigrationId" FROM "__EFMigrationsHistory" """, connection);
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        Assert.Equal([ScriptedDatabase.InitialMigration], rows);
        await using var roles = new NpgsqlCommand("""SELECT COUNT(*) FROM "AspNetRoles" """, connection);
        Assert.Equal((long)Domain.Members.Roles.All.Length, (long)(await roles.ExecuteScalarAsync())!);
        await SchemaMatchesModelTests.AssertSchemaMatchesAsync(first, DatabaseSchema.FromPostgresAsync);
    }

    private static async Task AssertAdoptedAsync(DatabaseProvider provider, string connectionString, Func<DbConnection, Task<DatabaseSchema>> readSchema)
    {
        Counts before;
        // Phase 1: the shop on the schema the scripts built, as it ran before EF migrations: demo data, a paid order.
        using (var old = new ExistingDatabaseAppFactory(provider, connectionString, migrateOnStart: false))
        {
            var member = await old.NewMemberAsync();
            await old.AddToCartAsync(member, await old.ProductWithStockAsync(5), 2);
            var started = await old.CheckoutAsync(member);
            await old.SendAsync(new ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved", started.PaymentId, ApplyPaymentOutcome.Outcome.Paid));
            before = await CountAsync(old);
        }
        Assert.True(before.Members > 5 && before.PaidOrders >= 1 && before.PurchaseOrders > 0, before.ToString());

        // Phase 2: this release starts on it.
        using var app = new ExistingDatabaseAppFactory(provider, connectionString);
        Assert.Equal(before, await CountAsync(app));
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            Assert.Equal([ScriptedDatabase.InitialMigration], await db.Database.GetAppliedMigrationsAsync());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            return 0;
        });
        await SchemaMatchesModelTests.AssertSchemaMatchesAsync(app, readSchema);

        // And it still sells: a second purchase counts on top of the first.
        var shopper = await app.NewMemberAsync();
        await app.AddToCartAsync(shopper, await app.ProductWithStockAsync(3), 1);
        var next = await app.CheckoutAsync(shopper);
        await app.SendAsync(new ApplyPaymentOutcome.Command($"simulated-{next.PaymentId}", "simulated.approved", next.PaymentId, ApplyPaymentOutcome.Outcome.Paid));
        var after = await CountAsync(app);
        Assert.Equal(before.PaidOrders + 1, after.PaidOrders);
        Assert.Equal(before.SignUps + 1, after.SignUps);
    }

    private sealed record Counts(int Members, int PaidOrders, int Products, int Enterprises, int PurchaseOrders, int SignUps, long SalesWon);

    private static Task<Counts> CountAsync(AppFactory app) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<MarketplaceDbContext>();
        return new Counts(
            await db.Users.CountAsync(),
            await db.Orders.CountAsync(o => o.PaidAtUtc != null),
            await db.Products.CountAsync(),
            await db.Enterprises.CountAsync(),
            await db.PurchaseOrders.CountAsync(),
            await db.SignUpRollups.SumAsync(r => r.Members),
            await db.SalesRollups.SumAsync(r => r.GrossWon));
    });

    private static async Task<bool> TableExistsAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = @t", connection);
        command.Parameters.AddWithValue("t", table);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}

/// <summary>Applies the old scripts as their runner did: in order, each recorded in <c>__schema_migrations</c>.</summary>
public static class LegacyScripts
{
    public static async Task ApplyAsync(DbConnection connection, string dialect, string upTo = ScriptedDatabase.LastScript)
    {
        await connection.OpenAsync();
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS __schema_migrations (version varchar(150) NOT NULL PRIMARY KEY, applied_at_utc varchar(40) NOT NULL);");
        var assembly = typeof(LegacyScripts).Assembly;
        var prefix = $"legacy/{dialect}/";
        var scripts = assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(11, scripts.Count);
        foreach (var name in scripts)
        {
            var version = Path.GetFileNameWithoutExtension(name[prefix.Length..]);
            if (string.CompareOrdinal(version, upTo) > 0) break;
            await using var stream = assembly.GetManifestResourceStream(name)!;
            await ExecuteAsync(connection, await new StreamReader(stream).ReadToEndAsync());
            await ExecuteAsync(connection, $"INSERT INTO __schema_migrations (version, applied_at_utc) VALUES ('{version}', '2026-11-30T00:00:00Z')");
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>The app on a database that a test has prepared.</summary>
public sealed class ExistingDatabaseAppFactory(DatabaseProvider provider, string connectionString, bool migrateOnStart = true, bool demoData = true) : AppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = provider.ToString(),
        ["ConnectionStrings:Marketplace"] = connectionString,
        ["Database:MigrateOnStart"] = migrateOnStart.ToString(),
        ["DemoData:Enabled"] = demoData.ToString(),
    };
}
