using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Data;

/// <summary>A database built by the EF migrations in migrations/ is the database the EF model expects.</summary>
public class SchemaMatchesModelTests
{
    [Fact]
    public async Task On_sqlite_the_migrated_schema_equals_the_model()
    {
        using var app = new AppFactory();
        await AssertSchemaMatchesAsync(app, DatabaseSchema.FromSqliteAsync);
    }

    [Fact]
    public async Task On_postgres_the_migrated_schema_equals_the_model()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var app = new PostgresAppFactory(database);
        await AssertSchemaMatchesAsync(app, DatabaseSchema.FromPostgresAsync);
    }

    [SqlServerFact]
    public async Task On_sqlserver_the_migrated_schema_equals_the_model()
    {
        using var app = new SqlServerAppFactory();
        await AssertSchemaMatchesAsync(app, DatabaseSchema.FromSqlServerAsync);
    }

    [Fact]
    public async Task Migrating_again_after_start_up_applies_nothing()
    {
        using var app = new AppFactory();
        var before = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Database.GetAppliedMigrationsAsync());
        await DatabaseSetup.MigrateAsync(app.Services);
        var after = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Database.GetAppliedMigrationsAsync());

        Assert.Contains(ScriptedDatabase.InitialMigration, before);
        Assert.Equal(before, after);
        Assert.Empty(await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Database.GetPendingMigrationsAsync()));
    }

    internal static async Task AssertSchemaMatchesAsync(AppFactory app, Func<System.Data.Common.DbConnection, Task<DatabaseSchema>> read)
    {
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<MarketplaceDbContext>();
            var expected = DatabaseSchema.FromModel(db);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var actual = await read(connection);

            Assert.NotEmpty(expected.Tables);
            AssertSame("tables", expected.Tables, actual.Tables);
            AssertSame("columns", expected.Columns, actual.Columns);
            AssertSame("primary keys", expected.PrimaryKeys, actual.PrimaryKeys);
            AssertSame("indexes", expected.Indexes, actual.Indexes);
            AssertSame("foreign keys", expected.ForeignKeys, actual.ForeignKeys);
            return 0;
        });
    }

    private static void AssertSame(string what, SortedSet<string> expected, SortedSet<string> actual)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{what} differ.\nIn the model, not the database:\n  {string.Join("\n  ", missing)}\nIn the database, not the model:\n  {string.Join("\n  ", extra)}");
    }
}
