using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Directory = System.IO.Directory;

namespace Marketplace.Web.Infrastructure.Search;

/// <summary>The catalog's search index (Lucene.NET, in-process, one per server). The database stays the source
/// of truth: the index is rebuilt from it when missing or unreadable, and follows <see cref="CatalogChange"/> rows,
/// remembering in its own commit the last row applied, so a crash or restart resumes where it stopped.
/// A search first catches up with the feed when a catalog change was announced since the last one (a feed row
/// committed here, or a catalog command on another server through the cluster bus), and otherwise at most every
/// <see cref="Recheck"/>: a change is found by the next search on every server, and a search between changes
/// asks the database nothing.</summary>
public sealed class CatalogIndex : IDisposable
{
    private const string AppliedKey = "applied-change", FormatKey = "format";
    /// <summary>Raised when the documents change shape: an index of another format is rebuilt.</summary>
    private const string Format = "5";
    /// <summary>Rows committed out of id order (a long transaction) are caught by looking back this far each time.</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromSeconds(30);

    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger<CatalogIndex> _logger;
    /// <summary>How long a search trusts that no change was missed without an announcement (a row another server
    /// wrote without announcing it, such as a review's rating, or a message the bus lost).</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromMilliseconds(250);

    private long _applied;
    private bool _current;
    private long _checkedVersion = -1;
    private DateTimeOffset _checkedAt;
    private readonly TimeProvider _clock;
    private readonly System.Threading.Lock _checkedLock = new();

    public CatalogIndex(IOptions<Settings.SearchSettings> settings, IWebHostEnvironment environment, TimeProvider clock, ILogger<CatalogIndex> logger)
    {
        _logger = logger;
        _clock = clock;
        var path = settings.Value.IndexPath is { Length: > 0 } configured ? configured : Path.Combine(environment.ContentRootPath, "App_Data", "search-index");
        Directory.CreateDirectory(path);
        _directory = FSDirectory.Open(path);
        var fresh = !DirectoryReader.IndexExists(_directory);
        try
        {
            if (!fresh) _applied = ReadApplied();
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            // An index that cannot be read is rebuilt from the database.
            _logger.LogWarning(e, "The search index at {Path} is unreadable; it is rebuilt", path);
            fresh = true;
        }
        _writer = new IndexWriter(_directory, new IndexWriterConfig(Analyzers.Version, Analyzers.PerField())
            { OpenMode = fresh ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND, RAMBufferSizeMB = 64 });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        _current = !fresh && _applied > 0;
    }

    public int DocumentCount => _writer.NumDocs;

    private long ReadApplied()
    {
        using var reader = DirectoryReader.Open(_directory);
        var data = reader.IndexCommit.UserData;
        if (!data.TryGetValue(FormatKey, out var format) || format != Format) return 0;
        return data.TryGetValue(AppliedKey, out var applied) ? long.Parse(applied, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Before a search: <see cref="CatchUpAsync"/>, unless the feed was read after the last announced change
    /// (<paramref name="announced"/>: <see cref="Caching.SharedReadCache.Version"/> and <see cref="CatalogChangeFeed.Committed"/>) and less than <see cref="Recheck"/> ago.</summary>
    public Task CatchUpBeforeSearchAsync(MarketplaceDbContext db, long announced, CancellationToken ct)
    {
        var now = _clock.GetUtcNow();
        lock (_checkedLock)
        {
            if (_current && _checkedVersion == announced && now - _checkedAt < Recheck) return Task.CompletedTask;
        }
        return CatchUpNotingAsync(db, announced, now, ct);
    }

    private async Task CatchUpNotingAsync(MarketplaceDbContext db, long announced, DateTimeOffset now, CancellationToken ct)
    {
        // Both taken before the feed is read: a change announced meanwhile raises the count, one committed
        // unannounced meanwhile is within the window that began before the read, and the next search reads again.
        await CatchUpAsync(db, ct);
        lock (_checkedLock) (_checkedVersion, _checkedAt) = (announced, now);
    }

    /// <summary>Applies what the change feed holds beyond the index (all of it when the index is new).</summary>
    public async Task CatchUpAsync(MarketplaceDbContext db, CancellationToken ct)
    {
        var latest = await db.CatalogChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        if (_current && latest == _applied) return;
        // A feed behind the index: the database is not the one the index was built from (recreated, restored).
        if (latest < _applied) _current = false;
        await _gate.WaitAsync(ct);
        try
        {
            if (!_current)
            {
                await RebuildLockedAsync(db, latest, ct);
                return;
            }
            if (latest <= _applied) return;
            var since = await db.CatalogChanges.Where(c => c.Id == _applied).Select(c => (DateTime?)c.AtUtc).FirstOrDefaultAsync(ct);
            var cutoff = (since ?? DateTime.MinValue.AddDays(1)) - LookBack;
            var changes = await db.CatalogChanges.AsNoTracking().Where(c => c.Id > _applied || c.AtUtc >= cutoff).ToListAsync(ct);
            if (changes.Any(c => c.ProductId is null && c.EnterpriseId is null))
            {
                await RebuildLockedAsync(db, latest, ct);
                return;
            }
            var products = changes.Where(c => c.ProductId is not null).Select(c => c.ProductId!.Value).ToHashSet();
            var enterprises = changes.Where(c => c.EnterpriseId is not null).Select(c => c.EnterpriseId!.Value).ToHashSet();
            if (enterprises.Count > 0)
                products.UnionWith(await db.Products.Where(p => enterprises.Contains(p.EnterpriseId)).Select(p => p.Id).ToListAsync(ct));
            await IndexProductsAsync(db, products, ct);
            foreach (var id in enterprises) await IndexEnterpriseAsync(db, id, ct);
            Commit(Math.Max(latest, changes.Max(c => c.Id)));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Everything again from the database (<c>-- reindex</c>, a new server, an unreadable index).</summary>
    public async Task RebuildAsync(MarketplaceDbContext db, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await RebuildLockedAsync(db, await db.CatalogChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RebuildLockedAsync(MarketplaceDbContext db, long latest, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        _writer.DeleteAll();
        var lastId = 0;
        while (true)
        {
            var batch = await LoadAsync(db.Products.Where(p => p.Id > lastId).OrderBy(p => p.Id).Take(2_000), ct);
            if (batch.Count == 0) break;
            foreach (var product in batch.Where(p => p.Status == ProductStatus.Published)) _writer.AddDocument(Documents.Of(product));
            lastId = batch[^1].Id;
        }
        foreach (var enterprise in await db.Enterprises.AsNoTracking().Where(e => e.Status == Domain.Common.ApprovalStatus.Approved).ToListAsync(ct))
            _writer.AddDocument(Documents.Of(enterprise));
        // One segment: a search looks each term up once, not once per segment the batch happened to fill.
        _writer.ForceMerge(1);
        Commit(latest);
        _current = true;
        _logger.LogInformation("Search index rebuilt: {Documents} documents in {Elapsed} ms", _writer.NumDocs, started.ElapsedMilliseconds);
    }

    private static Task<List<Product>> LoadAsync(IQueryable<Product> products, CancellationToken ct) =>
        products.AsNoTracking().AsSplitQuery().Include(p => p.Enterprise).Include(p => p.Category).Include(p => p.Tags).ToListAsync(ct);

    private async Task IndexProductsAsync(MarketplaceDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(500))
        {
            var loaded = (await LoadAsync(db.Products.Where(p => chunk.Contains(p.Id)), ct)).ToDictionary(p => p.Id);
            foreach (var id in chunk)
            {
                var key = new Term(Fields.Key, Documents.ProductKey(id));
                if (loaded.TryGetValue(id, out var product) && product.Status == ProductStatus.Published) _writer.UpdateDocument(key, Documents.Of(product));
                else _writer.DeleteDocuments(key);
            }
        }
    }

    private async Task IndexEnterpriseAsync(MarketplaceDbContext db, int id, CancellationToken ct)
    {
        var key = new Term(Fields.Key, Documents.EnterpriseKey(id));
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (enterprise is { Status: Domain.Common.ApprovalStatus.Approved }) _writer.UpdateDocument(key, Documents.Of(enterprise));
        else _writer.DeleteDocuments(key);
    }

    private void Commit(long applied)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [AppliedKey] = applied.ToString(CultureInfo.InvariantCulture), [FormatKey] = Format });
        _writer.Commit();
        _applied = applied;
        _searchers.MaybeRefreshBlocking();
    }

    /// <summary>Runs <paramref name="search"/> on the newest view of the index.</summary>
    public T Read<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _gate.Dispose();
    }
}

/// <summary>A product or an enterprise as the index holds it.</summary>
public static class Documents
{
    public static string ProductKey(int id) => "p" + id.ToString(CultureInfo.InvariantCulture);
    public static string EnterpriseKey(int id) => "e" + id.ToString(CultureInfo.InvariantCulture);

    public static Document Of(Product p)
    {
        var tags = string.Join(' ', p.Tags.Select(t => $"{t.Name} {t.NameEn}"));
        var seller = $"{p.Enterprise.Name} {p.Enterprise.NameEn}";
        var category = $"{p.Category.Name} {p.Category.NameEn}";
        var name = $"{p.Name} {p.NameEn}";
        var labels = $"{seller} {category} {tags}";
        return new Document
        {
            new StringField(Fields.Key, ProductKey(p.Id), Field.Store.YES),
            new StringField(Fields.Kind, "product", Field.Store.NO),
            new StoredField(Fields.Id, p.Id),
            new NumericDocValuesField(Fields.Id, p.Id),
            new NumericDocValuesField(Fields.EnterpriseId, p.EnterpriseId),
            new NumericDocValuesField(Fields.Sales, p.SalesCount),
            new NumericDocValuesField(Fields.TitleHash, TitleKey(p.Name)),
            new StoredField(Fields.Title, p.Name),
            new StoredField(Fields.TitleEn, p.NameEn),
            // One field to match in, one postings list per gram: a word's weight is how often the document says
            // it, so the name counts three times, the tags, category and enterprise twice, the description once.
            new TextField(Fields.All, $"{name} {name} {name} {labels} {labels} {p.Description} {p.DescriptionEn}", Field.Store.NO),
            new TextField(Fields.Name, name, Field.Store.NO),
            new TextField(Fields.Near, Analyzers.NearGrams($"{name} {labels}"), Field.Store.NO),
            new TextField(Fields.Initials, Analyzers.InitialGrams($"{p.Name} {p.Enterprise.Name}"), Field.Store.NO),
            new TextField(Fields.Words, name, Field.Store.NO),
            new StringField(Fields.Exact, Normalize(p.Name), Field.Store.NO),
            new StringField(Fields.Exact, Normalize(p.NameEn), Field.Store.NO),
        };
    }

    public static Document Of(Enterprise e) => new()
    {
        new StringField(Fields.Key, EnterpriseKey(e.Id), Field.Store.YES),
        new StringField(Fields.Kind, "enterprise", Field.Store.NO),
        new StoredField(Fields.Id, e.Id),
        new NumericDocValuesField(Fields.Id, e.Id),
        new NumericDocValuesField(Fields.EnterpriseId, e.Id),
        new NumericDocValuesField(Fields.Sales, 0),
        new NumericDocValuesField(Fields.TitleHash, TitleKey(e.Name)),
        new StoredField(Fields.Title, e.Name),
        new StoredField(Fields.TitleEn, e.NameEn),
        new TextField(Fields.All, $"{e.Name} {e.NameEn}", Field.Store.NO),
        new TextField(Fields.Name, $"{e.Name} {e.NameEn}", Field.Store.NO),
        new TextField(Fields.Near, Analyzers.NearGrams($"{e.Name} {e.NameEn}"), Field.Store.NO),
        new TextField(Fields.Initials, Analyzers.InitialGrams(e.Name), Field.Store.NO),
        new TextField(Fields.Words, $"{e.Name} {e.NameEn}", Field.Store.NO),
        new StringField(Fields.Exact, Normalize(e.Name), Field.Store.NO),
    };

    /// <summary>A stable 64-bit key of a name (FNV-1a), so equal names are found equal from doc values.</summary>
    public static long TitleKey(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in Normalize(name)) hash = (hash ^ c) * 1099511628211UL;
        return unchecked((long)hash);
    }

    /// <summary>Lower case, single spaces: how a whole name is compared with a whole query.</summary>
    public static string Normalize(string text) => string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
