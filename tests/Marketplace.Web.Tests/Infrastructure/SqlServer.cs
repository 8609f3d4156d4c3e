using Microsoft.Data.SqlClient;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>A SQL Server for the tests, where there is one: the SQL Server job of azure-pipelines.yml
/// sets <c>MARKETPLACE_TEST_SQLSERVER</c> to its service container, and <c>MARKETPLACE_TEST_PROVIDER=SqlServer</c>
/// to run every app test on it. No SQL Server can run on this project's own machines, so there the
/// tests that need one are skipped, and say why.</summary>
public static class SqlServerTestServer
{
    public const string Variable = "MARKETPLACE_TEST_SQLSERVER";

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Whether app tests run on SQL Server instead of SQLite.</summary>
    public static bool IsDefaultProvider =>
        AdminConnectionString is not null && Environment.GetEnvironmentVariable("MARKETPLACE_TEST_PROVIDER") == "SqlServer";

    /// <summary>A database name of its own; EF's migration creates it.</summary>
    public static string NewDatabase() =>
        new SqlConnectionStringBuilder(AdminConnectionString) { InitialCatalog = "mk_test_" + Guid.NewGuid().ToString("N")[..16] }.ConnectionString;

    public static void Drop(string connectionString)
    {
        var name = new SqlConnectionStringBuilder(connectionString).InitialCatalog;
        SqlConnection.ClearAllPools();
        using var connection = new SqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new SqlCommand($"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END", connection);
        command.ExecuteNonQuery();
    }
}

public sealed class SqlServerFactAttribute : FactAttribute
{
    public SqlServerFactAttribute()
    {
        if (SqlServerTestServer.AdminConnectionString is null)
            Skip = $"No SQL Server on this machine: {SqlServerTestServer.Variable} is not set (the SQL Server job of azure-pipelines.yml sets it).";
    }
}

/// <summary>The app on a fresh SQL Server database.</summary>
public sealed class SqlServerAppFactory : AppFactory
{
    private readonly string _connectionString = SqlServerTestServer.NewDatabase();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "SqlServer",
        ["ConnectionStrings:Marketplace"] = _connectionString,
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) SqlServerTestServer.Drop(_connectionString);
    }
}
