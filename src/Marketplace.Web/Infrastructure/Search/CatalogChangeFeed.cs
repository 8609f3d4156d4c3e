using System.Data.Common;
using System.Runtime.CompilerServices;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Web.Infrastructure.Search;

/// <summary>Writes a <see cref="CatalogChange"/> for every product, enterprise, category or tag a save adds, changes
/// or removes, in that save: the search index follows the database and never misses a committed change.
/// Stock and price are filtered in the database, so their conditional UPDATEs need no row here.
/// It also counts the rows this server has committed (<see cref="Committed"/>): a search here catches the index up
/// as soon as the count moves, without asking the database between changes.</summary>
public sealed class CatalogChangeFeed(TimeProvider clock) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The contexts that wrote feed rows inside a transaction not yet committed.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _pending = new();
    private long _committed;

    /// <summary>Goes up after every commit that wrote feed rows on this server.</summary>
    public long Committed => Interlocked.Read(ref _committed);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committing(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committing(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>A save outside a transaction has committed its rows; inside one, they count at its commit.</summary>
    private void Saved(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out _)) return;
        if (context.Database.CurrentTransaction is null) Committing(context);
    }

    private void Committing(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out _)) return;
        _pending.Remove(context);
        Interlocked.Increment(ref _committed);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null) _pending.Remove(context);
    }

    private void Record(DbContext? context)
    {
        if (context is not MarketplaceDbContext db) return;
        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        var feed = new HashSet<(int? Product, int? Enterprise)>();
        foreach (var entry in changed)
        {
            switch (entry.Entity)
            {
                // A product added has no id before the insert: its enterprise's products are indexed again (a draft shows nowhere anyway).
                case Product product:
                    feed.Add(entry.State == EntityState.Added ? (null, product.EnterpriseId) : (product.Id, null));
                    break;
                case Enterprise enterprise when entry.State != EntityState.Added:
                    feed.Add((null, enterprise.Id));
                    break;
                case Category or SocialValueTag when entry.State != EntityState.Added:
                    feed.Add((null, null));
                    break;
            }
        }
        db.CatalogChanges.AddRange(feed.Select(f => new CatalogChange(f.Product, f.Enterprise, now)));
        if (feed.Count > 0) _pending.AddOrUpdate(db, this);
    }
}
