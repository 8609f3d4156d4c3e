using System.Text.RegularExpressions;
using ImageMagick;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Storage;

/// <summary>Listing photos: PNG or JPEG (read from the first bytes, never the name), at most 5 MB,
/// kept in the <see cref="IFileStore"/> and served by <c>/media/{name}</c>. Each gets a 480×360 JPEG
/// thumbnail, made in-process by Magick.NET (docs/decisions/0006). A file it cannot read is refused.</summary>
public sealed partial class ImageStore(IFileStore files, ILogger<ImageStore> logger)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const string UrlPrefix = "/media/";

    public enum Refusal { None, Empty, TooLarge, UnknownType, Unreadable }

    /// <summary>A larger picture is refused before it is decoded: a phone photo is about 4000×3000.</summary>
    public const int MaxSide = 10_000;

    // Decoding a large picture takes a few hundred megabytes and seconds of a core: two at a time,
    // so eight big uploads at once queue here instead of exhausting memory.
    private static readonly SemaphoreSlim Decoders = new(2);

    static ImageStore()
    {
        ResourceLimits.Width = MaxSide;
        ResourceLimits.Height = MaxSide;
    }

    /// <summary>The thumbnail's address for an image stored here; other addresses (generated SVGs) as they are.</summary>
    public static string ThumbnailOf(string url) =>
        url.StartsWith(UrlPrefix, StringComparison.Ordinal) ? Path.ChangeExtension(url, null) + ".thumb.jpg" : url;

    public async Task<(Refusal Refusal, string? Url)> SaveAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (Refusal.Empty, null);
        if (file.Length > MaxBytes) return (Refusal.TooLarge, null);
        var content = await DocumentStore.ReadAllAsync(file, ct);
        var (extension, format) = DocumentStore.Sniff(content.Span) switch
        {
            "image/png" => (".png", MagickFormat.Png),
            "image/jpeg" => (".jpg", MagickFormat.Jpeg),
            _ => ((string?)null, MagickFormat.Unknown),
        };
        if (extension is null) return (Refusal.UnknownType, null);

        // The thumbnail first: a picture it cannot read is refused before anything is stored.
        if (await MakeThumbnailAsync(content, format, ct) is not { } thumbnail) return (Refusal.Unreadable, null);
        var key = Guid.NewGuid().ToString("N");
        await files.WriteAsync(FileAreas.Images, key + extension, content, ct);
        await files.WriteAsync(FileAreas.Images, key + ".thumb.jpg", thumbnail, ct);
        return (Refusal.None, UrlPrefix + key + extension);
    }

    /// <summary>The file behind a <c>/media/</c> name, with its content type; null for anything else.</summary>
    public async Task<(Stream Content, string ContentType)?> FindAsync(string name, CancellationToken ct)
    {
        if (!MediaName().IsMatch(name) || await files.OpenAsync(FileAreas.Images, name, ct) is not { } content) return null;
        return (content, name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg");
    }

    private async Task<byte[]?> MakeThumbnailAsync(ReadOnlyMemory<byte> source, MagickFormat format, CancellationToken ct)
    {
        await Decoders.WaitAsync(ct);
        try
        {
            // Only the coder of the sniffed type reads the file, and only its first frame.
            using var image = new MagickImage();
            image.Read(source.Span, new MagickReadSettings { Format = format, FrameIndex = 0, FrameCount = 1 });
            image.AutoOrient();
            image.Thumbnail(new MagickGeometry(480, 360));
            image.Strip(); // camera metadata, GPS positions included
            image.Quality = 82;
            return image.ToByteArray(MagickFormat.Jpeg);
        }
        catch (MagickException e)
        {
            logger.LogWarning("Thumbnail refused: {Error}", e.Message);
            return null;
        }
        finally
        {
            Decoders.Release();
        }
    }

    /// <summary>Deletes a stored picture and its thumbnail; other addresses are left alone.</summary>
    public async Task DeleteAsync(string? url, CancellationToken ct)
    {
        if (url is null || !url.StartsWith(UrlPrefix, StringComparison.Ordinal) || !MediaName().IsMatch(url[UrlPrefix.Length..])) return;
        foreach (var name in new[] { url[UrlPrefix.Length..], Path.GetFileName(ThumbnailOf(url)) })
            await files.DeleteAsync(FileAreas.Images, name, ct);
    }

    /// <summary>The stored pictures (not thumbnails) last written before <paramref name="beforeUtc"/>, by address.</summary>
    public async Task<IEnumerable<string>> StoredBeforeAsync(DateTime beforeUtc, CancellationToken ct) =>
        (await files.ListWrittenBeforeAsync(FileAreas.Images, beforeUtc, ct))
            .Where(name => !name.EndsWith(".thumb.jpg", StringComparison.Ordinal) && MediaName().IsMatch(name))
            .Select(name => UrlPrefix + name);

    [GeneratedRegex("^[0-9a-f]{32}(\\.thumb\\.jpg|\\.png|\\.jpg)$")]
    private static partial Regex MediaName();
}
