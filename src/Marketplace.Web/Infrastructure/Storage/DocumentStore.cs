using Microsoft.Extensions.Options;
namespace Marketplace.Web.Infrastructure.Storage;

/// <summary>Uploaded documents (an enterprise's certificate, for instance), kept outside the web
/// root under <c>Storage:Documents</c> (default App_Data/documents) and served only by actions that
/// check who asks. A file's type is read from its first bytes, never from its name.</summary>
public sealed class DocumentStore(IOptions<Settings.StorageSettings> settings, IWebHostEnvironment environment)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    private string Folder => settings.Value.Documents is { Length: > 0 } folder
        ? folder
        : Path.Combine(environment.ContentRootPath, "App_Data", "documents");

    /// <summary>The content type of a PDF, PNG or JPEG by its signature; null for anything else.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith("%PDF-"u8) ? "application/pdf"
        : head.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }) ? "image/png"
        : head.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) ? "image/jpeg"
        : null;

    public enum Refusal { None, Empty, TooLarge, UnknownType }

    /// <summary>Stores the upload under a new random key, or says why it will not.</summary>
    public async Task<(Refusal Refusal, string? Key, string? ContentType)> SaveAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (Refusal.Empty, null, null);
        if (file.Length > MaxBytes) return (Refusal.TooLarge, null, null);
        await using var upload = file.OpenReadStream();
        var head = new byte[8];
        var read = await upload.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        if (Sniff(head.AsSpan(0, read)) is not { } contentType) return (Refusal.UnknownType, null, null);

        Directory.CreateDirectory(Folder);
        var key = Guid.NewGuid().ToString("N");
        await using (var stored = File.Create(Path.Combine(Folder, key)))
        {
            await stored.WriteAsync(head.AsMemory(0, read), ct);
            await upload.CopyToAsync(stored, ct);
        }
        return (Refusal.None, key, contentType);
    }

    public void Delete(string? key)
    {
        if (key is not null && Guid.TryParseExact(key, "N", out _) && File.Exists(Path.Combine(Folder, key))) File.Delete(Path.Combine(Folder, key));
    }

    /// <summary>The stored documents last written before <paramref name="beforeUtc"/>, by key.</summary>
    public IEnumerable<string> StoredBefore(DateTime beforeUtc) =>
        !Directory.Exists(Folder) ? [] : Directory.EnumerateFiles(Folder)
            .Where(path => Guid.TryParseExact(Path.GetFileName(path), "N", out _) && File.GetLastWriteTimeUtc(path) < beforeUtc)
            .Select(path => Path.GetFileName(path));

    public Stream? Open(string key) =>
        Guid.TryParseExact(key, "N", out _) && File.Exists(Path.Combine(Folder, key)) ? File.OpenRead(Path.Combine(Folder, key)) : null;
}
