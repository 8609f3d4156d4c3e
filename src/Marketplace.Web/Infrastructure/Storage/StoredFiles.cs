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
        await db.Products.AnyAsync(p => p.Images.Any(i => i.Url == url), ct) || await db.Enterprises.AnyAsync(e => e.LogoUrl == url, ct);

    /// <returns>How many files were deleted.</returns>
    public static async Task<int> DeleteUnusedAsync(MarketplaceDbContext db, ImageStore images, DocumentStore documents, DateTime nowUtc, CancellationToken ct)
    {
        var before = nowUtc - Grace;
        var deleted = 0;
        foreach (var url in images.StoredBefore(before).ToList())
        {
            if (await IsImageUsedAsync(db, url, ct)) continue;
            images.Delete(url);
            deleted++;
        }
        foreach (var key in documents.StoredBefore(before).ToList())
        {
            if (await db.Enterprises.AnyAsync(e => e.DocumentKey == key, ct) || await db.QuoteAttachments.AnyAsync(a => a.StorageKey == key, ct)) continue;
            documents.Delete(key);
            deleted++;
        }
        return deleted;
    }
}

/// <summary>Runs <see cref="StoredFiles.DeleteUnusedAsync"/> once a day.</summary>
public sealed class UnusedFileSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<UnusedFileSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var services = scope.ServiceProvider;
                var deleted = await StoredFiles.DeleteUnusedAsync(services.GetRequiredService<MarketplaceDbContext>(),
                    services.GetRequiredService<ImageStore>(), services.GetRequiredService<DocumentStore>(), clock.GetUtcNow().UtcDateTime, stoppingToken);
                if (deleted > 0) logger.LogInformation("Deleted {Count} stored files no row points at", deleted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The unused-file sweep failed; it runs again tomorrow");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
