using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Domain.Data.Migrations;

/// <summary>Applies the SQL scripts of <c>migrations/{dialect}/NNNN_name.sql</c> in order, each once,
/// each in its own transaction, recording it in <c>__schema_migrations</c>.
/// See docs/decisions/0001-sql-migrations.md for why scripts and not EF migrations.</summary>
public sealed class SchemaMigrator(MarketplaceDbContext db, ILogger<SchemaMigrator> logger)
{
    // Any constant works; it only has to be the same for every process migrating this database.
    private const long PostgresLockKey = 0x4D61726B6574;

    public static string DialectOf(string? providerName) => providerName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => "sqlite",
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "postgres",
        "Microsoft.EntityFrameworkCore.SqlServer" => "sqlserver",
        _ => throw new NotSupportedException($"No migrations for provider {providerName}."),
    };

    /// <summary>The scripts shipped for a dialect, in the order they apply.</summary>
    public static IReadOnlyList<(string Version, string Sql)> ScriptsFor(string dialect)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"migrations/{dialect}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (Path.GetFileNameWithoutExtension(n[prefix.Length..]), Read(assembly, n)))
            .ToList();
    }

    /// <summary>Applies what is missing and returns the versions it applied.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        var dialect = DialectOf(db.Database.ProviderName);
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        var applied = new List<string>();
        try
        {
            await ExecuteAsync(connection, null, CreateHistoryTableSql(dialect), ct);
            foreach (var (version, sql) in ScriptsFor(dialect))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                if (dialect == "postgres")
                    await ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);
                // Checked inside the transaction, so that two processes starting at once apply a script once.
                if (await IsAppliedAsync(connection, tx, version, ct)) continue;

                foreach (var batch in Batches(dialect, sql))
                    await ExecuteAsync(connection, tx, batch, ct);
                await RecordAsync(connection, tx, version, ct);
                await tx.CommitAsync(ct);
                applied.Add(version);
                logger.LogInformation("Applied migration {Version}", version);
            }
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
        return applied;
    }

    private static string CreateHistoryTableSql(string dialect) => dialect == "sqlserver"
        ? "IF OBJECT_ID(N'__schema_migrations') IS NULL CREATE TABLE __schema_migrations (version nvarchar(150) NOT NULL PRIMARY KEY, applied_at_utc nvarchar(40) NOT NULL);"
        : "CREATE TABLE IF NOT EXISTS __schema_migrations (version varchar(150) NOT NULL PRIMARY KEY, applied_at_utc varchar(40) NOT NULL);";

    // SQL Server's scripts separate batches with GO lines; the other engines take a script whole.
    private static IEnumerable<string> Batches(string dialect, string sql) => dialect != "sqlserver"
        ? [sql]
        : sql.Split(["\nGO\n", "\nGO\r\n"], StringSplitOptions.RemoveEmptyEntries).Where(b => b.Trim().Length > 0);

    private static async Task<bool> IsAppliedAsync(DbConnection connection, DbTransaction tx, string version, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT COUNT(*) FROM __schema_migrations WHERE version = @version";
        AddParameter(command, "@version", version);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct)) > 0;
    }

    private static async Task RecordAsync(DbConnection connection, DbTransaction tx, string version, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT INTO __schema_migrations (version, applied_at_utc) VALUES (@version, @at)";
        AddParameter(command, "@version", version);
        AddParameter(command, "@at", DateTime.UtcNow.ToString("O"));
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
