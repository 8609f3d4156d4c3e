using System.Text.RegularExpressions;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Marketplace.Web.Tests.Data;

/// <summary>No SQL Server runs here, so everything the app would send to one is parsed with Microsoft's
/// own T-SQL parser: the whole migration script and every statement written by hand.</summary>
public class SqlServerSqlTests
{
    private static IList<ParseError> Parse(string sql)
    {
        // QUOTED_IDENTIFIER is on for every SqlClient connection, so "Name" is an identifier.
        new TSql170Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors;
    }

    private static void AssertParses(string sql)
    {
        var errors = Parse(sql);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")) + "\n\n" + sql);
    }

    // As EF sends an interpolated statement: each argument becomes a parameter @p0, @p1, …
    private static string AsSent(FormattableString sql) =>
        string.Format(sql.Format, sql.GetArguments().Select((_, i) => (object)$"@p{i}").ToArray());

    private static string MigrationScript()
    {
        using var db = ProviderModels.Context(DatabaseProvider.SqlServer);
        return db.GetService<IMigrator>().GenerateScript();
    }

    [Fact]
    public void The_whole_migration_script_parses_without_an_error() => AssertParses(MigrationScript());

    [Fact]
    public void The_script_keeps_what_the_model_says_where_the_old_scripts_did_not()
    {
        var script = MigrationScript();
        Assert.Contains("[LockoutEnd] datetimeoffset NULL", script);
        // Without the filter SQL Server would refuse a second order that has no quote.
        Assert.Contains("CREATE UNIQUE INDEX [IX_PurchaseOrders_QuoteId] ON [PurchaseOrders] ([QuoteId]) WHERE [QuoteId] IS NOT NULL", script);
        Assert.DoesNotContain("RESTRICT", script);
    }

    public static TheoryData<string, string> HandWritten()
    {
        var day = new DateOnly(2026, 12, 1);
        var sqlServer = SqlDialect.SqlServer;
        return new()
        {
            { "sales rollup", AsSent(ProviderSql.AddToSalesRollup(sqlServer, 7, day, "consumer", 1, 12_000, 0)) },
            { "sign-up rollup", AsSent(ProviderSql.AddToSignUpRollup(sqlServer, day, "consumer", "Direct", 1)) },
            { "payment lock", AsSent(ProviderSql.LockPayment(Guid.NewGuid())) },
            { "payment lock by intent", AsSent(ProviderSql.LockPaymentByIntent("pi_1")) },
            { "table count", AsSent(ProviderSql.TableCount(sqlServer, "__schema_migrations")) },
            { "last script", AsSent(ProviderSql.LastScriptedVersion()) },
            { "schema session lock", AsSent(ProviderSql.SchemaSessionLock(sqlServer)!) },
            { "schema session unlock", AsSent(ProviderSql.SchemaSessionUnlock(sqlServer)!) },
            { "history table", History().GetCreateScript() },
            { "history row", History().GetInsertScript(new HistoryRow(ScriptedDatabase.InitialMigration, "10.0.15")) },
        };
    }

    private static IHistoryRepository History() => ProviderModels.Context(DatabaseProvider.SqlServer).GetService<IHistoryRepository>();

    [Theory]
    [MemberData(nameof(HandWritten))]
    public void Every_statement_written_by_hand_parses_as_T_SQL(string what, string sql)
    {
        Assert.False(string.IsNullOrWhiteSpace(what));
        AssertParses(sql);
    }

    [Fact]
    public void The_schema_test_reads_SQL_Server_with_valid_T_SQL()
    {
        AssertParses(DatabaseSchema.SqlServerIndexesSql);
        AssertParses(DatabaseSchema.SqlServerForeignKeysSql);
    }

    [Fact]
    public void The_parser_does_refuse_what_SQL_Server_would()
    {
        // The old script's foreign keys, and the upsert it used: both stop SQL Server.
        Assert.NotEmpty(Parse("""ALTER TABLE "Orders" ADD CONSTRAINT "FK" FOREIGN KEY ("MemberId") REFERENCES "AspNetUsers" ("Id") ON DELETE RESTRICT;"""));
        Assert.NotEmpty(Parse(AsSent(ProviderSql.AddToSalesRollup(SqlDialect.Postgres, 7, new DateOnly(2026, 12, 1), "consumer", 1, 12_000, 0))));
    }

    [Fact]
    public void Raw_SQL_is_sent_only_with_statements_from_ProviderSql_or_EF_itself()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var sends = new Regex(@"\.(ExecuteSql\w*|SqlQuery\w*|FromSql\w*)\s*(<[^>]*>)?\(");
        var offending = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => sends.IsMatch(l.line) && !l.line.Contains("ProviderSql.") && !l.line.Contains("history.Get"))
            .Select(l => $"{Path.GetRelativePath(src, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();
        Assert.True(offending.Count == 0, "Raw SQL outside ProviderSql (not parsed for SQL Server):\n" + string.Join("\n", offending));
        Assert.True(Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Count(f => File.ReadAllText(f).Contains("ProviderSql.")) >= 4);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln"))) return dir.FullName;
        throw new InvalidOperationException("Marketplace.sln not found above " + AppContext.BaseDirectory);
    }
}
