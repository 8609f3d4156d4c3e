namespace Marketplace.Web.Infrastructure.Storage;

/// <summary>Uploaded documents (an enterprise's certificate, a quote's attachment), kept in the
/// <see cref="IFileStore"/> outside the web root and served only by actions that check who asks.
/// A file's type is read from its first bytes, never from its name.</summary>
public sealed class DocumentStore(IFileStore files)
{
    public const long MaxBytes = 10 * 1024 * 1024;

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
        var content = await ReadAllAsync(file, ct);
        if (Sniff(content.Span) is not { } contentType) return (Refusal.UnknownType, null, null);

        var key = Guid.NewGuid().ToString("N");
        await files.WriteAsync(FileAreas.Documents, key, content, ct);
        return (Refusal.None, key, contentType);
    }

    /// <summary>An upload's bytes; the size was checked against the limit before, so it fits in memory.</summary>
    internal static async Task<ReadOnlyMemory<byte>> ReadAllAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream((int)file.Length);
        await using (var upload = file.OpenReadStream()) await upload.CopyToAsync(buffer, ct);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    public async Task DeleteAsync(string? key, CancellationToken ct)
    {
        if (key is not null && IsKey(key)) await files.DeleteAsync(FileAreas.Documents, key, ct);
    }

    /// <summary>The stored documents last written before <paramref name="beforeUtc"/>, by key.</summary>
    public async Task<IEnumerable<string>> StoredBeforeAsync(DateTime beforeUtc, CancellationToken ct) =>
        (await files.ListWrittenBeforeAsync(FileAreas.Documents, beforeUtc, ct)).Where(IsKey);

    public Task<Stream?> OpenAsync(string key, CancellationToken ct) =>
        IsKey(key) ? files.OpenAsync(FileAreas.Documents, key, ct) : Task.FromResult<Stream?>(null);

    private static bool IsKey(string key) => Guid.TryParseExact(key, "N", out _);
}
