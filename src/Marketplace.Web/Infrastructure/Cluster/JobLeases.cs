using Marketplace.Domain.Data;
using Marketplace.Domain.Operations;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Cluster;

/// <summary>Background work that must run once across servers (the payment expiry sweep, the retention
/// job, the unused-file sweep) takes a lease in the database for its period first; the server that
/// holds it runs, the others skip their turn. A server that stops holds nothing once its lease expires,
/// and another takes over. Mail needs no lease: each mail is claimed by its own conditional UPDATE.</summary>
public sealed class JobLeases(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>This host among the servers sharing the database (per host, so two in one process differ).</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Takes <paramref name="job"/>'s lease for <paramref name="period"/> if it is free, expired or already
    /// this server's; false if another server holds it.</summary>
    public async Task<bool> TryTakeAsync(string job, TimeSpan period, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + period;
        var taken = await db.JobLeases.Where(l => l.Name == job && (l.ExpiresAtUtc <= now || l.Holder == Holder))
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.Holder, Holder).SetProperty(l => l.ExpiresAtUtc, until), ct);
        if (taken == 1) return true;
        if (await db.JobLeases.AnyAsync(l => l.Name == job, ct)) return false;
        db.JobLeases.Add(new JobLease(job, Holder, until));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another server inserted the first lease at the same moment
        }
    }
}
