using Marketplace.Domain.Data;
using Marketplace.Migrations.Postgres;
using Marketplace.Migrations.SqlServer;
using Marketplace.Migrations.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Data;

public enum DatabaseProvider { Sqlite, Postgres, SqlServer }

/// <summary>Chooses the EF provider from <c>Database:Provider</c> and the connection from
/// <c>ConnectionStrings:Marketplace</c>; SQLite in the app's data folder when none is given.
/// Each provider's migrations live in their own assembly under migrations/.</summary>
public static class DatabaseSetup
{
    public static DatabaseProvider ProviderFrom(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(name)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider '{name}' is not one of Sqlite, Postgres, SqlServer.");
    }

    public static string ConnectionStringFrom(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Marketplace");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "marketplace.db")}";
    }

    public static IServiceCollection AddMarketplaceDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ProviderFrom(configuration);
        var connectionString = ConnectionStringFrom(configuration, environment);
        services.AddSingleton<Audit.AuditTrail>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<Audit.AuditTrail>());
        services.AddSingleton<Search.CatalogChangeFeed>();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<Search.CatalogChangeFeed>());
        if (provider == DatabaseProvider.Sqlite)
        {
            services.AddSingleton<SqliteWriteGate>();
            services.AddHostedService<SqliteStatistics>();
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sp => sp.GetRequiredService<SqliteWriteGate>());
        }
        // Every registered interceptor: the audit trail, and whatever a test adds to watch the commands.
        services.AddDbContextPool<MarketplaceDbContext>((sp, options) =>
        {
            Configure(options, provider, connectionString);
            options.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite: SqliteProvider.Configure(options, connectionString); break;
            case DatabaseProvider.Postgres: PostgresProvider.Configure(options, connectionString); break;
            case DatabaseProvider.SqlServer: SqlServerProvider.Configure(options, connectionString); break;
        }
    }

    /// <summary>Applies pending EF migrations, under a schema lock so that two servers starting at
    /// once apply each migration once. A database built by the SQL scripts of earlier releases is
    /// adopted first. On SQLite the file is switched to WAL so that readers do not wait for a writer, and the
    /// planner's statistics are brought up to date (also hourly, <see cref="SqliteStatistics"/>).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseSetup));
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlInterpolatedAsync(ProviderSql.SqliteWriteAheadLog(), ct);
        var dialect = ProviderSql.DialectOf(db.Database);
        // One connection for the whole step, holding the schema lock: a second server waits here and
        // then finds nothing pending (EF's own lock did not keep two PostgreSQL servers apart).
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (ProviderSql.SchemaSessionLock(dialect) is { } schemaLock) await db.Database.ExecuteSqlInterpolatedAsync(schemaLock, ct);
            await ScriptedDatabase.AdoptAsync(db, logger, ct);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                await db.Database.MigrateAsync(ct);
                logger.LogInformation("Applied migrations {Migrations}", string.Join(", ", pending));
            }
            if (db.Database.IsSqlite()) await db.Database.ExecuteSqlInterpolatedAsync(ProviderSql.SqliteOptimize(), ct);
        }
        finally
        {
            if (ProviderSql.SchemaSessionUnlock(dialect) is { } unlock) await db.Database.ExecuteSqlInterpolatedAsync(unlock, CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
