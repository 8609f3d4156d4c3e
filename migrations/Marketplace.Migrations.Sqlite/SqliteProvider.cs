using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Marketplace.Migrations.Sqlite;

/// <summary>SQLite with this assembly's migrations: the app and the design-time tools use the same wiring.</summary>
public static class SqliteProvider
{
    /// <remarks>The connection string's <c>Default Timeout</c> (30 s unless given) is also how long a write
    /// waits for another writer before the database answers "busy" (which the app turns into a 503).</remarks>
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite
            .CommandTimeout(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DefaultTimeout)
            .MigrationsAssembly(typeof(SqliteProvider).Assembly.GetName().Name));
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MarketplaceDbContext>
{
    public MarketplaceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MarketplaceDbContext>();
        SqliteProvider.Configure(options, "Data Source=design-time.db");
        return new MarketplaceDbContext(options.Options);
    }
}
