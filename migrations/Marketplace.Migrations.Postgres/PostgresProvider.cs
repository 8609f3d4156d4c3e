using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Marketplace.Migrations.Postgres;

/// <summary>PostgreSQL with this assembly's migrations: the app and the design-time tools use the same wiring.</summary>
public static class PostgresProvider
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(typeof(PostgresProvider).Assembly.GetName().Name));
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MarketplaceDbContext>
{
    public MarketplaceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MarketplaceDbContext>();
        PostgresProvider.Configure(options, "Host=127.0.0.1;Database=design_time");
        return new MarketplaceDbContext(options.Options);
    }
}
