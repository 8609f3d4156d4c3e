using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Marketplace.Migrations.SqlServer;

/// <summary>SQL Server with this assembly's migrations: the app and the design-time tools use the same wiring.
/// No retrying execution strategy: the context opens its own transaction when it saves members, which
/// SQL Server's retrying strategy refuses outside a strategy block; PostgreSQL and SQLite run without one too.</summary>
public static class SqlServerProvider
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, sql => sql
            .MigrationsAssembly(typeof(SqlServerProvider).Assembly.GetName().Name));
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MarketplaceDbContext>
{
    public MarketplaceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MarketplaceDbContext>();
        SqlServerProvider.Configure(options, "Server=127.0.0.1;Database=design_time;TrustServerCertificate=true");
        return new MarketplaceDbContext(options.Options);
    }
}
