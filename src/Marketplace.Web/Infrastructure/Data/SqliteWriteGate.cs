using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Web.Infrastructure.Data;

/// <summary>Writers to the SQLite file wait here, one at a time, without holding a thread.</summary>
/// <remarks>SQLite takes one writer at a time and answers any other "busy"; Microsoft.Data.Sqlite then puts the
/// thread to sleep for 150 ms and tries again. A few shoppers buying at once spent most of a purchase asleep, and
/// the sleeping threads starved the pages being read beside them. One server owns a SQLite file (ADR 0010), so
/// its writers can queue in the process instead: a transaction (the handler's, or the one SaveChanges opens)
/// holds the gate from its start to its end; a write outside any transaction holds it for its one command.
/// Reads never wait: in WAL mode they do not block a writer, nor it them.</remarks>
public sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    /// <summary>As long as SQLite's own default wait for a lock, after which the write fails as "busy" (503).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    // Holds per connection: a transaction's commands and the SaveChanges inside it are already let through.
    private readonly ConditionalWeakTable<DbConnection, Hold> _holds = new();
    // The connection of each open transaction: a committed one no longer knows it.
    private readonly ConditionalWeakTable<DbTransaction, DbConnection> _owners = new();
    // A command outside a transaction that was let through, until it ends.
    private readonly ConditionalWeakTable<DbCommand, DbConnection> _writing = new();

    private sealed class Hold
    {
        public int Count;
    }

    private int _waiting;

    /// <summary>Whether a writer holds the gate now.</summary>
    public bool IsHeld => _gate.CurrentCount == 0;

    /// <summary>How many writers wait for it.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    private async ValueTask EnterAsync(DbConnection connection, CancellationToken ct)
    {
        var hold = _holds.GetOrCreateValue(connection);
        if (hold.Count > 0) { hold.Count++; return; }
        Interlocked.Increment(ref _waiting);
        try
        {
            if (!await _gate.WaitAsync(Patience, ct)) throw Busy();
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
        hold.Count = 1;
    }

    // EF's synchronous calls (rare here) wait on the same path, blocking their thread.
    private void Enter(DbConnection connection) => EnterAsync(connection, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private void Leave(DbConnection? connection, bool all = false)
    {
        if (connection is null || !_holds.TryGetValue(connection, out var hold) || hold.Count == 0) return;
        hold.Count = all ? 0 : hold.Count - 1;
        if (hold.Count == 0) _gate.Release();
    }

    // SQLITE_BUSY, as SQLite itself would have answered: the shop shows its "busy, try again" page.
    private static SqliteException Busy() => new("database is locked: another write held it too long", 5);

    private static bool Writes(DbCommand command) => command.Transaction is null && IsWrite(command.CommandText);

    /// <summary>Whether the statement changes the file: EF's writes start with their verb (PRAGMA journal_mode too).</summary>
    public static bool IsWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        foreach (var verb in (ReadOnlySpan<string>)["INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "PRAGMA"])
            if (text.StartsWith(verb, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Transactions: from BEGIN to COMMIT or ROLLBACK. One disposed unfinished ends when its connection closes.

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(connection, cancellationToken);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Enter(connection);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(TransactionStarted(connection, eventData, result));

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        _owners.AddOrUpdate(result, connection);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(transaction);
        return Task.CompletedTask;
    }

    private void Ended(DbTransaction transaction)
    {
        if (!_owners.TryGetValue(transaction, out var connection)) return;
        _owners.Remove(transaction);
        Leave(connection);
    }

    // Writes outside a transaction: for the command; a reader's (INSERT … RETURNING) until the reader closes.

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await StartAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Start(command);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await StartAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Start(command);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await StartAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Start(command);
        return result;
    }

    private async ValueTask StartAsync(DbCommand command, CancellationToken ct)
    {
        if (!Writes(command) || command.Connection is not { } connection) return;
        await EnterAsync(connection, ct);
        _writing.AddOrUpdate(command, connection);
    }

    private void Start(DbCommand command) => StartAsync(command, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    private void Finish(DbCommand command)
    {
        if (!_writing.TryGetValue(command, out var connection)) return;
        _writing.Remove(command);
        Leave(connection);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Finish(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Finish(command);
        return ValueTask.FromResult(result);
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Finish(command);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Finish(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Finish(command);
        return result;
    }

    public ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Finish(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Finish(command);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Finish(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Finish(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Finish(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Finish(command);
        return Task.CompletedTask;
    }

    // Whatever the connection still holds (a transaction disposed without commit or rollback) ends with it.

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(connection, all: true);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(connection, all: true);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(connection, all: true);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Leave(connection, all: true);
        return ValueTask.FromResult(result);
    }
}
