using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Storage;

/// <summary>Which stored files rows still point at, and a daily sweep that deletes the rest: uploads
/// refused after they were written, photos removed or replaced, a save that failed after its file.</summary>
public static class StoredFiles
{
    /// <summary>A file younger than this may belong to an upload whose row is being saved right now.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromDays(1);

    public static async Task<bool> IsImageUsedAsync(MarketplaceDbContext db, string url, CancellationToken ct) =>
        await db.Products.AnyAsync(p => p.Images.Any(i => i.Url == url), ct) || await db.Enterprises.AnyAsync(e => e.LogoUrl == url, ct)
        || await db.ImpactStories.AnyAsync(s => s.PhotoUrl == url, ct) || await db.Collections.AnyAsync(c => c.BannerUrl == url, ct);

    /// <returns>How many files were deleted.</returns>
    public static async Task<int> DeleteUnusedAsync(MarketplaceDbContext db, ImageStore images, DocumentStore documents, DateTime nowUtc, CancellationToken ct)
    {
        var before = nowUtc - Grace;
        var deleted = 0;
        foreach (var url in (await images.StoredBeforeAsync(before, ct)).ToList())
        {
            if (await IsImageUsedAsync(db, url, ct)) continue;
            await images.DeleteAsync(url, ct);
            deleted++;
        }
        foreach (var key in (await documents.StoredBeforeAsync(before, ct)).ToList())
        {
            if (await db.Enterprises.AnyAsync(e => e.DocumentKey == key, ct) || await db.QuoteAttachments.AnyAsync(a => a.StorageKey == key, ct)) continue;
            await documents.DeleteAsync(key, ct);
            deleted++;
        }
        return deleted;
    }
}

/// <summary>Runs <see cref="StoredFiles.DeleteUnusedAsync"/> once a day, on one server.</summary>
public sealed class UnusedFileSweep(IServiceScopeFactory scopes, Cluster.JobLeases leases, TimeProvider clock, ILogger<UnusedFileSweep> logger)
    : Cluster.LeasedJob(scopes, leases, logger)
{
    public override string Name => "unused-files";
    public override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var deleted = await StoredFiles.DeleteUnusedAsync(services.GetRequiredService<MarketplaceDbContext>(),
            services.GetRequiredService<ImageStore>(), services.GetRequiredService<DocumentStore>(), clock.GetUtcNow().UtcDateTime, ct);
        if (deleted > 0) logger.LogInformation("Deleted {Count} stored files no row points at", deleted);
    }
}
