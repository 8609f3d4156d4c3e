using Marketplace.Domain.Data;
using Marketplace.Domain.Data.Migrations;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Data;

public enum DatabaseProvider { Sqlite, Postgres, SqlServer }

/// <summary>Chooses the EF provider from <c>Database:Provider</c> and the connection from
/// <c>ConnectionStrings:Marketplace</c>; SQLite in the app's data folder when none is given.</summary>
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
        services.AddDbContextPool<MarketplaceDbContext>(options => Configure(options, provider, connectionString));
        services.AddScoped<SchemaMigrator>();
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(30));
                break;
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString);
                break;
            case DatabaseProvider.SqlServer:
#if WITH_SQLSERVER
                Marketplace.SqlServer.SqlServerDatabase.Configure(options, connectionString);
                break;
#else
                throw new InvalidOperationException(
                    "This build has no SQL Server support. Build with -p:WithSqlServer=true (see README).");
#endif
        }
    }

    /// <summary>Applies pending migrations; on SQLite also switches the file to WAL so that
    /// readers do not wait for a writer.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
    }
}
