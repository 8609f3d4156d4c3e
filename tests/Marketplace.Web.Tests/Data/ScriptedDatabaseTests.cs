using System.Data.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Infrastructure.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Marketplace.Web.Tests.Data;

/// <summary>Databases built by the SQL scripts of earlier releases (kept in Data/LegacyScripts as they
/// were in git) are adopted at the initial migration with every row kept; two servers starting at once
/// migrate once.</summary>
public class ScriptedDatabaseTests
{
    [Fact]
    public async Task A_sqlite_database_built_by_the_old_scripts_keeps_its_members_and_orders()
    {
        var folder = Directory.CreateTempSubdirectory("marketplace-legacy-").FullName;
        var connectionString = $"Data Source={Path.Combine(folder, "marketplace.db")}";
        try
        {
            await using (var connection = new SqliteConnection(connectionString))
            {
                await LegacyScripts.ApplyAsync(connection, "sqlite");
                await LegacyData.InsertAsync(connection, "sqlite");
            }
            await AssertAdoptedAsync(DatabaseProvider.Sqlite, connectionString, DatabaseSchema.FromSqliteAsync);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_postgres_database_built_by_the_old_scripts_keeps_its_members_and_orders()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await LegacyScripts.ApplyAsync(connection, "postgres");
            await LegacyData.InsertAsync(connection, "postgres");
        }
        await AssertAdoptedAsync(DatabaseProvider.Postgres, database.ConnectionString, DatabaseSchema.FromPostgresAsync);
    }

    [Fact]
    public async Task A_database_stopped_at_an_older_script_is_refused_with_a_message_and_left_alone()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
            await LegacyScripts.ApplyAsync(connection, "postgres", upTo: "0010_procurement");

        using var app = new ExistingDatabaseAppFactory(DatabaseProvider.Postgres, database.ConnectionString);
        var refused = Assert.Throws<InvalidOperationException>(() => app.Services);
        Assert.Contains("up to 0010_procurement, not 0011_institution_invitations", refused.Message);

        await using var check = new NpgsqlConnection(database.ConnectionString);
        await check.OpenAsync();
        Assert.False(await TableExistsAsync(check, "__EFMigrationsHistory"));
        Assert.False(await TableExistsAsync(check, "InstitutionInvitations"));
    }

    [Fact]
    public async Task Two_servers_starting_at_once_on_a_new_postgres_database_apply_each_migration_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await AssertStartTogetherAsync(database.ConnectionString);
    }

    [Fact]
    public async Task Two_servers_starting_at_once_on_an_old_postgres_database_adopt_it_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
            await LegacyScripts.ApplyAsync(connection, "postgres");
        await AssertStartTogetherAsync(database.ConnectionString);
    }

    private static async Task AssertStartTogetherAsync(string connectionString)
    {
        using var first = new ExistingDatabaseAppFactory(DatabaseProvider.Postgres, connectionString, demoData: false);
        using var second = new ExistingDatabaseAppFactory(DatabaseProvider.Postgres, connectionString, demoData: false);

        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """, connection);
        var rows = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        using var model = ProviderModels.Context(DatabaseProvider.Postgres);
        Assert.Equal(model.Database.GetMigrations(), rows); // each once
        Assert.Equal(ScriptedDatabase.InitialMigration, rows[0]);
        await using var roles = new NpgsqlCommand("""SELECT COUNT(*) FROM "AspNetRoles" """, connection);
        Assert.Equal((long)Domain.Members.Roles.All.Length, (long)(await roles.ExecuteScalarAsync())!);
        await SchemaMatchesModelTests.AssertSchemaMatchesAsync(first, DatabaseSchema.FromPostgresAsync);
    }

    private static async Task AssertAdoptedAsync(DatabaseProvider provider, string connectionString, Func<DbConnection, Task<DatabaseSchema>> readSchema)
    {
        using var app = new ExistingDatabaseAppFactory(provider, connectionString);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            // Adopted at the initial migration, then every later migration applied on top.
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal(ScriptedDatabase.InitialMigration, (await db.Database.GetAppliedMigrationsAsync()).First());
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());

            // Every row the old release wrote is there, and reads through today's model.
            var member = await db.Users.AsNoTracking().SingleAsync(u => u.Id == LegacyData.MemberId);
            Assert.Equal("옛 회원", member.DisplayName);
            var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.MemberId == LegacyData.MemberId);
            Assert.Equal((OrderStatus.Paid, 24_000L, 2), (order.Status, order.TotalWon, order.Lines.Single().Quantity));
            Assert.Equal(PaymentStatus.Paid, (await db.Payments.AsNoTracking().SingleAsync(p => p.Id == order.PaymentId)).Status);
            Assert.Equal("옛 기업 협동조합", (await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == order.EnterpriseId)).Name);
            var audit = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "enterprise.approve");
            Assert.Equal(("", ""), (audit.ActorName, audit.SubjectNumber)); // columns added since, empty for old entries
            return 0;
        });
        await SchemaMatchesModelTests.AssertSchemaMatchesAsync(app, readSchema);

        // And it still sells: a purchase today counts beside the old one.
        var shopper = await app.NewMemberAsync();
        await app.AddToCartAsync(shopper, await app.ProductWithStockAsync(3), 1);
        var next = await app.CheckoutAsync(shopper);
        await app.SendAsync(new ApplyPaymentOutcome.Command($"simulated-{next.PaymentId}", "simulated.approved", next.PaymentId, ApplyPaymentOutcome.Outcome.Paid));
        Assert.Equal(2, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.CountAsync(o => o.PaidAtUtc != null)));
    }

    private static async Task<bool> TableExistsAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = @t", connection);
        command.Parameters.AddWithValue("t", table);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}

/// <summary>Rows as the release before EF migrations wrote them, in SQL both engines read: a member,
/// an approved enterprise with a listing, a paid order and an operator's audit entry.</summary>
public static class LegacyData
{
    public const string MemberId = "legacy-member-0001";
    private const string PaymentId = "6F9619FF-8B86-D011-B42D-00C04FC964FF";

    public static async Task InsertAsync(DbConnection connection, string dialect)
    {
        // SQLite holds instants as EF wrote them (text without a zone); PostgreSQL as timestamptz.
        string At(string utc) => dialect == "postgres" ? $"'{utc}+00'" : $"'{utc}'";
        var statements = new[]
        {
            $"""INSERT INTO "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "DisplayName", "SignedUpAtUtc", "SignUpChannel", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "SecurityStamp", "ConcurrencyStamp", "IsEnterpriseOwner") VALUES ('{MemberId}', 'old@legacy.kr', 'OLD@LEGACY.KR', 'old@legacy.kr', 'OLD@LEGACY.KR', '옛 회원', {At("2025-03-01 01:00:00")}, 'Direct', TRUE, FALSE, FALSE, TRUE, 0, 'stamp', 'concurrency', FALSE)""",
            """INSERT INTO "Categories" ("Id", "Slug", "Name", "NameEn", "Kind", "SortOrder") VALUES (9001, 'legacy', '옛 분류', 'Legacy', 'Goods', 99)""",
            $"""INSERT INTO "Enterprises" ("Id", "Name", "NameEn", "Type", "RegistrationNumber", "Region", "Story", "StoryEn", "SocialMission", "SocialMissionEn", "Status", "CreatedAtUtc", "CarbonReducedKg", "SocialValueWon", "TotalJobs", "VulnerableGroupJobs") VALUES (9001, '옛 기업 협동조합', 'Old Coop', 'Cooperative', '2208162517', 'Seoul', '', '', '', '', 'Approved', {At("2025-01-01 00:00:00")}, 0, 0, 3, 1)""",
            $"""INSERT INTO "Products" ("Id", "EnterpriseId", "CategoryId", "Kind", "Name", "NameEn", "Description", "DescriptionEn", "Price", "Stock", "Status", "CreatedAtUtc", "SalesCount", "SearchText", "MinOrderQuantity") VALUES (9001, 9001, 9001, 'Goods', '옛 수세미', 'Old scrubber', '', '', 12000, 8, 'Published', {At("2025-01-02 00:00:00")}, 2, '옛 수세미 old scrubber', 1)""",
            $"""INSERT INTO "Payments" ("Id", "MemberId", "Gateway", "AmountWon", "Status", "CreatedAtUtc", "ExpiresAtUtc", "SettledAtUtc", "RefundedWon") VALUES ('{PaymentId}', '{MemberId}', 'simulated', 24000, 'Paid', {At("2025-03-02 02:00:00")}, {At("2025-03-02 02:30:00")}, {At("2025-03-02 02:01:00")}, 0)""",
            $"""INSERT INTO "Orders" ("Id", "PaymentId", "MemberId", "EnterpriseId", "Status", "TotalWon", "CreatedAtUtc", "PaidAtUtc", "ShipDetail", "ShipPhone", "ShipPostalCode", "ShipRecipient", "ShipRoadAddress", "Version") VALUES (9001, '{PaymentId}', '{MemberId}', 9001, 'Paid', 24000, {At("2025-03-02 02:00:00")}, {At("2025-03-02 02:01:00")}, '3층', '010-1234-5678', '04524', '김옛날', '서울특별시 중구 세종대로 110', 1)""",
            """INSERT INTO "OrderLines" ("Id", "OrderId", "ProductId", "ProductName", "UnitPriceWon", "Quantity") VALUES (9001, 9001, 9001, '옛 수세미', 12000, 2)""",
            $$"""INSERT INTO "AuditEntries" ("AtUtc", "ActorId", "Action", "SubjectType", "SubjectId", "Before", "After") VALUES ({{At("2025-01-01 09:00:00")}}, 'operator-0001', 'enterprise.approve', 'Enterprise', '9001', '{"Status":"Pending"}', '{"Status":"Approved"}')""",
        };
        foreach (var sql in statements)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>Applies the old scripts as their runner did: in order, each recorded in <c>__schema_migrations</c>.</summary>
public static class LegacyScripts
{
    public static async Task ApplyAsync(DbConnection connection, string dialect, string upTo = ScriptedDatabase.LastScript)
    {
        await connection.OpenAsync();
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS __schema_migrations (version varchar(150) NOT NULL PRIMARY KEY, applied_at_utc varchar(40) NOT NULL);");
        var assembly = typeof(LegacyScripts).Assembly;
        var prefix = $"legacy/{dialect}/";
        var scripts = assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(11, scripts.Count);
        foreach (var name in scripts)
        {
            var version = Path.GetFileNameWithoutExtension(name[prefix.Length..]);
            if (string.CompareOrdinal(version, upTo) > 0) break;
            await using var stream = assembly.GetManifestResourceStream(name)!;
            await ExecuteAsync(connection, await new StreamReader(stream).ReadToEndAsync());
            await ExecuteAsync(connection, $"INSERT INTO __schema_migrations (version, applied_at_utc) VALUES ('{version}', '2026-11-30T00:00:00Z')");
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>The app on a database that a test has prepared.</summary>
public sealed class ExistingDatabaseAppFactory(DatabaseProvider provider, string connectionString, bool migrateOnStart = true, bool demoData = true) : AppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = provider.ToString(),
        ["ConnectionStrings:Marketplace"] = connectionString,
        ["Database:MigrateOnStart"] = migrateOnStart.ToString(),
        ["DemoData:Enabled"] = demoData.ToString(),
    };
}
