using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Marketplace.Domain.Data;

public enum SqlDialect { Sqlite, Postgres, SqlServer }

/// <summary>Every statement the app writes by hand, in one place and per engine: LINQ cannot say
/// "add to this counter, creating the row if it is missing" in one statement, nor "lock this row".
/// Identifiers are double-quoted, which all three engines read (SQL Server with QUOTED_IDENTIFIER
/// on, its clients' default). A test parses each SQL Server statement with Microsoft's T-SQL parser,
/// and another keeps raw SQL from being sent from anywhere else.</summary>
public static class ProviderSql
{
    public static SqlDialect DialectOf(DatabaseFacade database) => database.ProviderName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => SqlDialect.Sqlite,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => SqlDialect.Postgres,
        "Microsoft.EntityFrameworkCore.SqlServer" => SqlDialect.SqlServer,
        var other => throw new NotSupportedException($"No SQL written for the provider {other}."),
    };

    /// <summary>Adds to one enterprise's sales of one Korean day and channel. Concurrent payments of the
    /// same enterprise on the same day add up: SQLite and PostgreSQL by ON CONFLICT, SQL Server by an
    /// update that holds a key-range lock until its insert.</summary>
    public static FormattableString AddToSalesRollup(SqlDialect dialect, int enterpriseId, DateOnly day, string channel, int orders, long gross, long refunds)
    {
        if (dialect == SqlDialect.SqlServer)
            return $"""
              UPDATE "SalesRollups" WITH (UPDLOCK, SERIALIZABLE)
              SET "Orders" = "Orders" + {orders}, "GrossWon" = "GrossWon" + {gross}, "RefundsWon" = "RefundsWon" + {refunds}
              WHERE "EnterpriseId" = {enterpriseId} AND "Day" = {day} AND "Channel" = {channel};
              IF @@ROWCOUNT = 0
                  INSERT INTO "SalesRollups" ("EnterpriseId", "Day", "Channel", "Orders", "GrossWon", "RefundsWon")
                  VALUES ({enterpriseId}, {day}, {channel}, {orders}, {gross}, {refunds});
              """;
        return $"""
              INSERT INTO "SalesRollups" ("EnterpriseId", "Day", "Channel", "Orders", "GrossWon", "RefundsWon")
              VALUES ({enterpriseId}, {day}, {channel}, {orders}, {gross}, {refunds})
              ON CONFLICT ("EnterpriseId", "Day", "Channel") DO UPDATE SET
                  "Orders" = "SalesRollups"."Orders" + excluded."Orders",
                  "GrossWon" = "SalesRollups"."GrossWon" + excluded."GrossWon",
                  "RefundsWon" = "SalesRollups"."RefundsWon" + excluded."RefundsWon"
              """;
    }

    /// <summary>Adds to the members who signed up on one Korean day through one channel, as one kind.</summary>
    public static FormattableString AddToSignUpRollup(SqlDialect dialect, DateOnly day, string kind, string channel, int delta)
    {
        if (dialect == SqlDialect.SqlServer)
            return $"""
              UPDATE "SignUpRollups" WITH (UPDLOCK, SERIALIZABLE) SET "Members" = "Members" + {delta}
              WHERE "Day" = {day} AND "Kind" = {kind} AND "Channel" = {channel};
              IF @@ROWCOUNT = 0
                  INSERT INTO "SignUpRollups" ("Day", "Kind", "Channel", "Members") VALUES ({day}, {kind}, {channel}, {delta});
              """;
        return $"""
              INSERT INTO "SignUpRollups" ("Day", "Kind", "Channel", "Members") VALUES ({day}, {kind}, {channel}, {delta})
              ON CONFLICT ("Day", "Kind", "Channel") DO UPDATE SET "Members" = "SignUpRollups"."Members" + excluded."Members"
              """;
    }

    /// <summary>Takes a payment's row lock for the rest of the transaction (a no-op update: every engine
    /// locks the rows it updates), so that two outcomes for one payment apply one after the other.
    /// By our id when the event names it, else by the gateway's payment intent (refunds).</summary>
    public static FormattableString LockPayment(Guid? paymentId, string? paymentIntentId) =>
        paymentId is { } id ? LockPayment(id) : LockPaymentByIntent(paymentIntentId);

    /// <inheritdoc cref="LockPayment(Guid?, string?)"/>
    public static FormattableString LockPayment(Guid paymentId) =>
        $"""UPDATE "Payments" SET "Status" = "Status" WHERE "Id" = {paymentId}""";

    /// <inheritdoc cref="LockPayment(Guid?, string?)"/>
    public static FormattableString LockPaymentByIntent(string? paymentIntentId) =>
        $"""UPDATE "Payments" SET "Status" = "Status" WHERE "PaymentIntentId" = {paymentIntentId}""";

    /// <summary>Whether a table exists in the database's default schema, as a one-row count named Value.</summary>
    public static FormattableString TableCount(SqlDialect dialect, string table) => dialect switch
    {
        SqlDialect.Sqlite => $"""SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name = {table}""",
        SqlDialect.Postgres => $"""SELECT COUNT(*)::int AS "Value" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {table}""",
        _ => $"""SELECT COUNT(*) AS "Value" FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA_NAME() AND TABLE_NAME = {table}""",
    };

    /// <summary>The newest version recorded by the SQL scripts that built databases before EF migrations.</summary>
    public static FormattableString LastScriptedVersion() =>
        $"""SELECT MAX("version") AS "Value" FROM "__schema_migrations" """;

    /// <summary>Serialises servers that migrate the schema at the same moment, for as long as this
    /// connection holds it (migrations run in transactions of their own). SQLite's file lock and
    /// EF's lock table already serialise it there.</summary>
    public static FormattableString? SchemaSessionLock(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Postgres => $"SELECT pg_advisory_lock(85296486999924)",
        SqlDialect.SqlServer => $"EXEC sp_getapplock @Resource = 'marketplace-schema', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 600000",
        _ => null,
    };

    /// <inheritdoc cref="SchemaSessionLock"/>
    public static FormattableString? SchemaSessionUnlock(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Postgres => $"SELECT pg_advisory_unlock(85296486999924)",
        SqlDialect.SqlServer => $"EXEC sp_releaseapplock @Resource = 'marketplace-schema', @LockOwner = 'Session'",
        _ => null,
    };


    /// <summary>SQLite only: readers no longer wait for a writer. It stays set in the file.</summary>
    public static FormattableString SqliteWriteAheadLog() => $"PRAGMA journal_mode=WAL;";

    /// <summary>SQLite only: refreshes the statistics its planner chooses indexes by, for the tables that changed
    /// enough since the last time (0x10002: every table, not only those this connection used). Without them SQLite
    /// guesses that "Status = 'Published'" picks ten products, and walks that index rather than look up ten ids.</summary>
    public static FormattableString SqliteOptimize() => $"PRAGMA optimize=0x10002;";
}
