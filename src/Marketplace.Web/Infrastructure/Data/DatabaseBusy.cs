using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marketplace.Web.Infrastructure.Data;

/// <summary>Errors that mean "the database was too busy to answer now", not "this request is wrong":
/// SQLite's busy and locked, PostgreSQL's lock timeout, deadlock and serialization failure, SQL Server's
/// deadlock and timeout. The user gets 503 with Retry-After and a sentence, never a 500.</summary>
public static class DatabaseBusy
{
    public const int RetryAfterSeconds = 2;

    public static bool Is(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException { SqliteErrorCode: 5 or 6 }: // SQLITE_BUSY, SQLITE_LOCKED
                case PostgresException { SqlState: "55P03" or "40P01" or "40001" }:
                case Microsoft.Data.SqlClient.SqlException { Number: 1205 or -2 or 1222 }:
                    return true;
            }
        }
        return false;
    }
}
