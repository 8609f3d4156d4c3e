using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Marketplace.Web.Infrastructure.Search;

/// <summary>Writes a <see cref="CatalogChange"/> for every product, enterprise, category or tag a save adds, changes
/// or removes, in that save: the search index follows the database and never misses a committed change.
/// Stock and price are filtered in the database, so their conditional UPDATEs need no row here.</summary>
public sealed class CatalogChangeFeed(TimeProvider clock) : SaveChangesInterceptor
{
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
    }
}
