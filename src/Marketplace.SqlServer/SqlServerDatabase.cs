using Microsoft.EntityFrameworkCore;

namespace Marketplace.SqlServer;

/// <summary>SQL Server wiring for <c>Database:Provider = SqlServer</c>.</summary>
public static class SqlServerDatabase
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure());
}
