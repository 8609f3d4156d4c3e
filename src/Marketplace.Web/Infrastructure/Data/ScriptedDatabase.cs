using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Marketplace.Web.Infrastructure.Data;

/// <summary>Databases built before EF migrations (by the SQL scripts 0001 to 0011, recorded in
/// <c>__schema_migrations</c>) hold exactly the schema of the initial migration: they are adopted by
/// recording that migration as applied, so no table is created again and no row is touched.
/// See docs/decisions/0005-ef-core-migrations.md.</summary>
public static class ScriptedDatabase
{
    public const string ScriptsTable = "__schema_migrations";
    public const string LastScript = "0011_institution_invitations";
    public const string InitialMigration = "20261201000000_Initial";

    public static async Task AdoptAsync(MarketplaceDbContext db, ILogger logger, CancellationToken ct)
    {
        var dialect = ProviderSql.DialectOf(db.Database);
        if (!await TableExistsAsync(db, dialect, ScriptsTable, ct)) return;

        var history = db.GetService<IHistoryRepository>();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // The caller holds the schema lock: of two servers starting at once, one adopts and the other sees it done.
            if (await TableExistsAsync(db, dialect, HistoryRepository.DefaultTableName, ct)) return;

            var last = (await db.Database.SqlQuery<string>(ProviderSql.LastScriptedVersion()).ToListAsync(ct)).FirstOrDefault();
            if (last != LastScript)
                throw new InvalidOperationException(
                    $"This database was built by the SQL scripts up to {last ?? "none"}, not {LastScript}. "
                    + $"Start the release of 2026-11 on it once (it applies the scripts up to {LastScript}), then this one.");

            await db.Database.ExecuteSqlRawAsync(history.GetCreateScript(), ct);
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(InitialMigration, ProductInfo.GetVersion())), ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Adopted a database built by the SQL scripts up to {Script}: {Migration} recorded as applied", last, InitialMigration);
        });
    }

    private static async Task<bool> TableExistsAsync(MarketplaceDbContext db, SqlDialect dialect, string table, CancellationToken ct) =>
        (await db.Database.SqlQuery<int>(ProviderSql.TableCount(dialect, table)).ToListAsync(ct)).Single() > 0;
}
