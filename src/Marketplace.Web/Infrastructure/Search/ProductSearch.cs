using System.Threading.Channels;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Marketplace.Web.Infrastructure.Search;

/// <summary>What the catalog pages ask of search: the ranked products for a query (the index caught up first),
/// the enterprises it names, a "did you mean", and the synonyms in force. Filters, prices and stock are the
/// database's: the pages filter the ranked ids there.</summary>
public sealed class ProductSearch(CatalogIndex index, MarketplaceDbContext db, IMemoryCache cache, ZeroResultLog zeroResults, Caching.SharedReadCache catalog, CatalogChangeFeed feed)
{
    private const string SynonymsKey = "search:synonyms";

    /// <summary>Moves with every catalog change announced here or by another server, and every feed row committed here.</summary>
    private long Announced => catalog.Version + feed.Committed;

    /// <param name="wanted">How many of the best hits are needed (see <see cref="CatalogSearch.Products"/>).</param>
    public async Task<Ranking> RankAsync(string text, int pageSize, CancellationToken ct, int wanted = CatalogSearch.MaxCandidates)
    {
        await index.CatchUpBeforeSearchAsync(db, Announced, ct);
        return CatalogSearch.Products(index, text, await SynonymsAsync(ct), pageSize, wanted);
    }

    /// <summary>Up to <paramref name="products"/> product names and <paramref name="enterprises"/> enterprise names the text may become.</summary>
    public async Task<IReadOnlyList<(int Id, string Title, string TitleEn, bool IsEnterprise)>> SuggestAsync(string text, int products, int enterprises, CancellationToken ct)
    {
        await index.CatchUpBeforeSearchAsync(db, Announced, ct);
        return [.. CatalogSearch.Suggest(index, text, products, "product"), .. CatalogSearch.Suggest(index, text, enterprises, "enterprise")];
    }

    /// <summary>Nothing found: noted for the operator, and the closest name offered.</summary>
    public string? NothingFound(string text)
    {
        zeroResults.Note(text);
        return CatalogSearch.DidYouMean(index, text);
    }

    public async Task<IReadOnlyList<IReadOnlyList<string>>> SynonymsAsync(CancellationToken ct) =>
        await cache.GetOrCreateAsync(SynonymsKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            var groups = await db.SearchSynonyms.AsNoTracking().Select(s => s.Terms).ToListAsync(ct);
            return (IReadOnlyList<IReadOnlyList<string>>)groups.Select(SearchSynonym.Parse).Where(g => g.Count > 1).ToList();
        }) ?? [];

    /// <summary>After the operator changes a synonym group: the next search uses it.</summary>
    public void ForgetSynonyms() => cache.Remove(SynonymsKey);
}

/// <summary>Searches that found nothing, written in the background in batches: a search never waits on a write.</summary>
public sealed class ZeroResultLog(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ZeroResultLog> logger) : BackgroundService
{
    private readonly Channel<string> _queries = Channel.CreateBounded<string>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Note(string query) => _queries.Writer.TryWrite(Documents.Normalize(query) is { Length: > 0 and <= 100 } q ? q : "");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _queries.Reader.WaitToReadAsync(stoppingToken))
        {
            // A second's searches in one write: one commit (and one sync to disk) for many notes.
            await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            var batch = new List<string>();
            while (batch.Count < 500 && _queries.Reader.TryRead(out var query)) if (query.Length > 0) batch.Add(query);
            if (batch.Count == 0) continue;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
                var now = clock.GetUtcNow().UtcDateTime;
                db.ZeroResultSearches.AddRange(batch.Select(q => new ZeroResultSearch(q, now)));
                await db.SaveChangesAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "{Count} searches without results were not noted", batch.Count);
            }
        }
    }
}

/// <summary>Keeps the index near the feed between searches, and trims the feed and the zero-result notes.</summary>
public sealed class CatalogIndexer(IServiceScopeFactory scopes, CatalogIndex index, TimeProvider clock, ILogger<CatalogIndexer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        var trimmed = DateTime.MinValue;
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
                await index.CatchUpAsync(db, stoppingToken);
                var now = clock.GetUtcNow().UtcDateTime;
                if (now - trimmed > TimeSpan.FromHours(1))
                {
                    // Every server applies a change within seconds; a day's rows are plenty for one that was down.
                    await db.CatalogChanges.Where(c => c.AtUtc < now.AddDays(-1)).ExecuteDeleteAsync(stoppingToken);
                    await db.ZeroResultSearches.Where(z => z.AtUtc < now.AddDays(-30)).ExecuteDeleteAsync(stoppingToken);
                    trimmed = now;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The search index could not catch up; it tries again shortly");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
