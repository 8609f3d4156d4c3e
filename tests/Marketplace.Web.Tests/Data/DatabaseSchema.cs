using System.Data.Common;
using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Marketplace.Web.Tests.Data;

/// <summary>A schema reduced to what must agree between the EF model and a real database:
/// tables, columns (type family, nullability), primary keys, indexes and foreign keys.</summary>
public sealed record DatabaseSchema(
    SortedSet<string> Tables,
    SortedSet<string> Columns,
    SortedSet<string> PrimaryKeys,
    SortedSet<string> Indexes,
    SortedSet<string> ForeignKeys)
{
    /// <summary>Tables that record migrations rather than hold data: EF's history and lock, and the
    /// history of the SQL scripts that built databases before EF migrations.</summary>
    public static readonly IReadOnlySet<string> Bookkeeping = new HashSet<string> { "__EFMigrationsHistory", "__EFMigrationsLock", "__schema_migrations" };

    public static DatabaseSchema FromModel(MarketplaceDbContext db)
    {
        // SQL Server has no RESTRICT: EF creates those keys as NO ACTION, which behaves the same for a delete.
        var sqlServer = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.SqlServer";
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var schema = Empty();
        foreach (var table in model.Tables)
        {
            schema.Tables.Add(table.Name);
            foreach (var column in table.Columns)
                schema.Columns.Add(Column(table.Name, column.Name, column.StoreType, column.IsNullable));
            if (table.PrimaryKey is { } pk) schema.PrimaryKeys.Add(Key(table.Name, pk.Columns.Select(c => c.Name)));
            foreach (var index in table.Indexes)
                schema.Indexes.Add(Index(table.Name, index.Name, index.Columns.Select(c => c.Name), index.IsUnique));
            foreach (var fk in table.ForeignKeyConstraints)
                schema.ForeignKeys.Add(ForeignKey(table.Name, fk.Columns.Select(c => c.Name), fk.PrincipalTable.Name, fk.PrincipalColumns.Select(c => c.Name),
                    sqlServer && fk.OnDeleteAction == ReferentialAction.Restrict ? nameof(ReferentialAction.NoAction) : fk.OnDeleteAction.ToString()));
        }
        return schema;
    }

    public static async Task<DatabaseSchema> FromSqliteAsync(DbConnection connection)
    {
        var schema = Empty();
        var tables = await ListAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", r => r.GetString(0));
        foreach (var table in tables.Where(t => !Bookkeeping.Contains(t)))
        {
            schema.Tables.Add(table);
            var columns = await ListAsync(connection, $"PRAGMA table_info(\"{table}\")",
                r => (Name: r.GetString(1), Type: r.GetString(2), NotNull: r.GetInt64(3) == 1, Pk: r.GetInt64(5)));
            foreach (var c in columns) schema.Columns.Add(Column(table, c.Name, c.Type, !c.NotNull));
            schema.PrimaryKeys.Add(Key(table, columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name)));

            var indexes = await ListAsync(connection, $"PRAGMA index_list(\"{table}\")",
                r => (Name: r.GetString(1), Unique: r.GetInt64(2) == 1, Origin: r.GetString(3)));
            foreach (var index in indexes.Where(i => i.Origin == "c"))
            {
                var indexColumns = await ListAsync(connection, $"PRAGMA index_info(\"{index.Name}\")", r => (Seq: r.GetInt64(0), Name: r.GetString(2)));
                schema.Indexes.Add(Index(table, index.Name, indexColumns.OrderBy(c => c.Seq).Select(c => c.Name), index.Unique));
            }

            var fks = await ListAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")",
                r => (Id: r.GetInt64(0), Seq: r.GetInt64(1), Principal: r.GetString(2), From: r.GetString(3), To: r.GetString(4), OnDelete: r.GetString(6)));
            foreach (var fk in fks.GroupBy(f => f.Id))
            {
                var ordered = fk.OrderBy(f => f.Seq).ToList();
                schema.ForeignKeys.Add(ForeignKey(table, ordered.Select(f => f.From), ordered[0].Principal, ordered.Select(f => f.To), SqliteAction(ordered[0].OnDelete)));
            }
        }
        return schema;
    }

    public static async Task<DatabaseSchema> FromPostgresAsync(DbConnection connection)
    {
        var schema = Empty();
        foreach (var table in await ListAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", r => r.GetString(0)))
            if (!Bookkeeping.Contains(table)) schema.Tables.Add(table);

        var columns = await ListAsync(connection,
            "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public'",
            r => (Table: r.GetString(0), Name: r.GetString(1), Type: r.GetString(2), Nullable: r.GetString(3) == "YES"));
        foreach (var c in columns.Where(c => !Bookkeeping.Contains(c.Table))) schema.Columns.Add(Column(c.Table, c.Name, c.Type, c.Nullable));

        // Keys and indexes from the catalog, columns in index order.
        const string indexSql = """
            SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, n)
                                         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n), ',')
            FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_namespace ns ON ns.oid = t.relnamespace WHERE ns.nspname = 'public'
            """;
        foreach (var ix in await ListAsync(connection, indexSql, r => (Table: r.GetString(0), Name: r.GetString(1), Unique: r.GetBoolean(2), Primary: r.GetBoolean(3), Columns: r.GetString(4))))
        {
            if (Bookkeeping.Contains(ix.Table)) continue;
            if (ix.Primary) schema.PrimaryKeys.Add(Key(ix.Table, ix.Columns.Split(',')));
            else schema.Indexes.Add(Index(ix.Table, ix.Name, ix.Columns.Split(','), ix.Unique));
        }

        const string fkSql = """
            SELECT t.relname, p.relname, c.confdeltype,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                                         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n), ','),
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
                                         JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n), ',')
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class p ON p.oid = c.confrelid
            JOIN pg_namespace ns ON ns.oid = t.relnamespace WHERE ns.nspname = 'public' AND c.contype = 'f'
            """;
        foreach (var fk in await ListAsync(connection, fkSql, r => (Table: r.GetString(0), Principal: r.GetString(1), Action: r.GetChar(2), From: r.GetString(3), To: r.GetString(4))))
            schema.ForeignKeys.Add(ForeignKey(fk.Table, fk.From.Split(','), fk.Principal, fk.To.Split(','), PostgresAction(fk.Action)));
        return schema;
    }

    /// <summary>Runs only where a SQL Server is at hand (the SQL Server job of azure-pipelines.yml).</summary>
    public static async Task<DatabaseSchema> FromSqlServerAsync(DbConnection connection)
    {
        var schema = Empty();
        foreach (var table in await ListAsync(connection, "SELECT name FROM sys.tables", r => r.GetString(0)))
            if (!Bookkeeping.Contains(table)) schema.Tables.Add(table);

        var columns = await ListAsync(connection,
            "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA_NAME()",
            r => (Table: r.GetString(0), Name: r.GetString(1), Type: r.GetString(2), Nullable: r.GetString(3) == "YES"));
        foreach (var c in columns.Where(c => !Bookkeeping.Contains(c.Table))) schema.Columns.Add(Column(c.Table, c.Name, c.Type, c.Nullable));

        foreach (var ix in await ListAsync(connection, SqlServerIndexesSql, r => (Table: r.GetString(0), Name: r.GetString(1), Unique: r.GetBoolean(2), Primary: r.GetBoolean(3), Columns: r.GetString(4))))
        {
            if (Bookkeeping.Contains(ix.Table)) continue;
            if (ix.Primary) schema.PrimaryKeys.Add(Key(ix.Table, ix.Columns.Split(',')));
            else schema.Indexes.Add(Index(ix.Table, ix.Name, ix.Columns.Split(','), ix.Unique));
        }
        foreach (var fk in await ListAsync(connection, SqlServerForeignKeysSql, r => (Table: r.GetString(0), Principal: r.GetString(1), Action: r.GetString(2), From: r.GetString(3), To: r.GetString(4))))
            schema.ForeignKeys.Add(ForeignKey(fk.Table, fk.From.Split(','), fk.Principal, fk.To.Split(','), fk.Action switch
            {
                "CASCADE" => nameof(ReferentialAction.Cascade),
                "SET_NULL" => nameof(ReferentialAction.SetNull),
                _ => nameof(ReferentialAction.NoAction),
            }));
        return schema;
    }

    public const string SqlServerIndexesSql = """
        SELECT t.name, i.name, i.is_unique, i.is_primary_key,
               STRING_AGG(c.name, ',') WITHIN GROUP (ORDER BY ic.key_ordinal)
        FROM sys.indexes i
        JOIN sys.tables t ON t.object_id = i.object_id
        JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id AND ic.is_included_column = 0
        JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
        WHERE i.type > 0
        GROUP BY t.name, i.name, i.is_unique, i.is_primary_key
        """;

    public const string SqlServerForeignKeysSql = """
        SELECT t.name, p.name, fk.delete_referential_action_desc,
               STRING_AGG(cf.name, ',') WITHIN GROUP (ORDER BY fkc.constraint_column_id),
               STRING_AGG(cp.name, ',') WITHIN GROUP (ORDER BY fkc.constraint_column_id)
        FROM sys.foreign_keys fk
        JOIN sys.tables t ON t.object_id = fk.parent_object_id
        JOIN sys.tables p ON p.object_id = fk.referenced_object_id
        JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id
        JOIN sys.columns cf ON cf.object_id = fkc.parent_object_id AND cf.column_id = fkc.parent_column_id
        JOIN sys.columns cp ON cp.object_id = fkc.referenced_object_id AND cp.column_id = fkc.referenced_column_id
        GROUP BY t.name, p.name, fk.name, fk.delete_referential_action_desc
        """;

    /// <summary>Types compared by family: each engine spells the same type its own way.</summary>
    public static string TypeFamily(string storeType)
    {
        var type = storeType.ToLowerInvariant();
        var paren = type.IndexOf('(');
        if (paren >= 0) type = type[..paren].Trim();
        return type switch
        {
            "integer" or "int" or "bigint" or "smallint" or "int4" or "int8" => "integer",
            "text" or "character varying" or "varchar" or "nvarchar" or "character" or "char" => "text",
            "boolean" or "bool" or "bit" => "boolean",
            "timestamp with time zone" or "timestamp without time zone" or "timestamptz" or "datetime2" or "datetimeoffset" => "timestamp",
            "date" => "date",
            "real" or "double precision" or "numeric" or "decimal" => "number",
            "blob" or "bytea" or "varbinary" => "binary",
            _ => type,
        };
    }

    private static DatabaseSchema Empty() => new([], [], [], [], []);

    private static string Column(string table, string name, string type, bool nullable) =>
        $"{table}.{name} {TypeFamily(type)} {(nullable ? "NULL" : "NOT NULL")}";

    private static string Key(string table, IEnumerable<string> columns) => $"{table} ({string.Join(", ", columns)})";

    private static string Index(string table, string name, IEnumerable<string> columns, bool unique) =>
        $"{table}.{name} ({string.Join(", ", columns)}){(unique ? " UNIQUE" : "")}";

    private static string ForeignKey(string table, IEnumerable<string> columns, string principal, IEnumerable<string> principalColumns, string onDelete) =>
        $"{table} ({string.Join(", ", columns)}) -> {principal} ({string.Join(", ", principalColumns)}) ON DELETE {onDelete}";

    private static string SqliteAction(string action) => action switch
    {
        "CASCADE" => nameof(ReferentialAction.Cascade),
        "RESTRICT" => nameof(ReferentialAction.Restrict),
        "SET NULL" => nameof(ReferentialAction.SetNull),
        _ => nameof(ReferentialAction.NoAction),
    };

    private static string PostgresAction(char action) => action switch
    {
        'c' => nameof(ReferentialAction.Cascade),
        'r' => nameof(ReferentialAction.Restrict),
        'n' => nameof(ReferentialAction.SetNull),
        _ => nameof(ReferentialAction.NoAction),
    };

    private static async Task<List<T>> ListAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }
}
