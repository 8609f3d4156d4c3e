using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Migrations.Sqlite;

/// <summary>SQLite lets one writer in at a time; a second that asks is told "busy", and the driver then sleeps
/// its thread for a while before asking again. Under load, writers queued behind those sleeps rather than behind
/// each other, and the threads they held were missing for every other page. Here each process's transactions on
/// one database file wait their turn in an asynchronous queue instead, so the database is never found busy by
/// this process and no thread sleeps. The turn ends with the transaction (commit, rollback, failure) or, should
/// neither come, when its connection closes; another process on the same file still meets SQLite's own lock.</summary>
public sealed class OneWriterAtATime(string dataSource, int timeoutSeconds) : DbTransactionInterceptor, IDbConnectionInterceptor
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = Gates.GetOrAdd(Path.GetFullPath(dataSource), _ => new SemaphoreSlim(1, 1));
    private readonly ConditionalWeakTable<DbConnection, object> _holders = new();
    private static readonly object Held = new();

    private TimeSpan Timeout => timeoutSeconds == 0 ? System.Threading.Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(timeoutSeconds);

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (!_gate.Wait(Timeout)) throw Busy();
        _holders.AddOrUpdate(connection, Held);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (!await _gate.WaitAsync(Timeout, cancellationToken)) throw Busy();
        _holders.AddOrUpdate(connection, Held);
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(ConnectionOf(eventData));

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Release(ConnectionOf(eventData));

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(ConnectionOf(eventData));

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Release(ConnectionOf(eventData));

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(ConnectionOf(eventData));

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Release(ConnectionOf(eventData));

    // A transaction disposed without a commit or a rollback (an exception on its way out) rolls back when its
    // connection closes: the turn ends there too. BeginTransaction failing also leaves its turn here.
    InterceptionResult IDbConnectionInterceptor.ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return result;
    }

    ValueTask<InterceptionResult> IDbConnectionInterceptor.ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(connection);
        return ValueTask.FromResult(result);
    }

    void IDbConnectionInterceptor.ConnectionDisposed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection);

    private static DbConnection? ConnectionOf(DbContextEventData eventData) => eventData.Context?.Database.GetDbConnection();

    private Task Release(DbConnection? connection)
    {
        if (connection is not null && _holders.Remove(connection)) _gate.Release();
        return Task.CompletedTask;
    }

    // What SQLite itself answers when a writer waited too long: the app turns it into 503 with Retry-After.
    private static SqliteException Busy() => new("database is locked (waited for the writer ahead)", 5);
}
