using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Every SQL command the app sends, and whether it ran inside an explicit transaction, so a
/// test can tell what a use case does while it holds the database's write lock.</summary>
public sealed class CommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Sql, bool InTransaction)> _commands = new();

    public IReadOnlyList<(string Sql, bool InTransaction)> Commands => _commands.ToList();

    public void Clear() => _commands.Clear();

    /// <summary>Reads (SELECTs) that ran inside a transaction: work that holds the write lock longer than a write needs.</summary>
    public int ReadsInTransactions => Commands.Count(c => c.InTransaction && c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));

    private void Record(DbCommand command) => _commands.Enqueue((command.CommandText, command.Transaction is not null));

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    { Record(command); return result; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    { Record(command); return ValueTask.FromResult(result); }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    { Record(command); return ValueTask.FromResult(result); }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    { Record(command); return ValueTask.FromResult(result); }
}
