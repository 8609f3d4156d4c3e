using Marketplace.Domain.Data;
using Marketplace.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Storage;

/// <summary>Where uploaded files live. <c>Storage:Kind</c> = <c>Folder</c> (the default: one server,
/// files under App_Data) or <c>Database</c> (several servers: every server reads what any received;
/// docs/decisions/0010). Names are chosen by the app (random hex), never by the uploader.</summary>
public interface IFileStore
{
    Task WriteAsync(string area, string name, ReadOnlyMemory<byte> content, CancellationToken ct);

    /// <summary>The file's bytes, or null when there is none of that name.</summary>
    Task<Stream?> OpenAsync(string area, string name, CancellationToken ct);

    Task DeleteAsync(string area, string name, CancellationToken ct);

    /// <summary>The names written before <paramref name="beforeUtc"/> (the unused-file sweep's candidates).</summary>
    Task<IReadOnlyList<string>> ListWrittenBeforeAsync(string area, DateTime beforeUtc, CancellationToken ct);
}

public static class FileAreas
{
    public const string Images = "images", Documents = "documents";
}

/// <summary>Files under <c>Storage:Images</c> and <c>Storage:Documents</c> (default App_Data/…), outside the web root.</summary>
public sealed class FolderFileStore(IOptions<Settings.StorageSettings> settings, IWebHostEnvironment environment) : IFileStore
{
    private string FolderOf(string area)
    {
        var configured = area switch
        {
            FileAreas.Images => settings.Value.Images,
            FileAreas.Documents => settings.Value.Documents,
            _ => throw new ArgumentOutOfRangeException(nameof(area), area, "no such file area"),
        };
        return configured is { Length: > 0 } ? configured : Path.Combine(environment.ContentRootPath, "App_Data", area);
    }

    public async Task WriteAsync(string area, string name, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        Directory.CreateDirectory(FolderOf(area));
        await File.WriteAllBytesAsync(Path.Combine(FolderOf(area), name), content, ct);
    }

    public Task<Stream?> OpenAsync(string area, string name, CancellationToken ct)
    {
        var path = Path.Combine(FolderOf(area), name);
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    public Task DeleteAsync(string area, string name, CancellationToken ct)
    {
        File.Delete(Path.Combine(FolderOf(area), name));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListWrittenBeforeAsync(string area, DateTime beforeUtc, CancellationToken ct)
    {
        var folder = FolderOf(area);
        IReadOnlyList<string> names = !Directory.Exists(folder) ? [] : Directory.EnumerateFiles(folder)
            .Where(path => File.GetLastWriteTimeUtc(path) < beforeUtc).Select(path => Path.GetFileName(path)).ToList();
        return Task.FromResult(names);
    }
}

/// <summary>Files as rows of <see cref="StoredFile"/>, in the database every server shares.</summary>
public sealed class DatabaseFileStore(IServiceScopeFactory scopes, TimeProvider clock) : IFileStore
{
    public Task WriteAsync(string area, string name, ReadOnlyMemory<byte> content, CancellationToken ct) => WithDatabaseAsync(async db =>
    {
        db.StoredFiles.Add(new StoredFile(area, name, content.ToArray(), clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return 0;
    });

    public Task<Stream?> OpenAsync(string area, string name, CancellationToken ct) => WithDatabaseAsync(async db =>
        await db.StoredFiles.Where(f => f.Area == area && f.Name == name).Select(f => f.Content).FirstOrDefaultAsync(ct) is { } bytes
            ? new MemoryStream(bytes, writable: false) : (Stream?)null);

    public Task DeleteAsync(string area, string name, CancellationToken ct) =>
        WithDatabaseAsync(db => db.StoredFiles.Where(f => f.Area == area && f.Name == name).ExecuteDeleteAsync(ct));

    public Task<IReadOnlyList<string>> ListWrittenBeforeAsync(string area, DateTime beforeUtc, CancellationToken ct) => WithDatabaseAsync(async db =>
        (IReadOnlyList<string>)await db.StoredFiles.Where(f => f.Area == area && f.WrittenAtUtc < beforeUtc).Select(f => f.Name).ToListAsync(ct));

    // Its own context: a file is written before the row that points at it is saved, in any request.
    private async Task<T> WithDatabaseAsync<T>(Func<MarketplaceDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>());
    }
}
