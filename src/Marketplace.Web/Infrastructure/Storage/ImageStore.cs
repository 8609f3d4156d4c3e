using System.Text.RegularExpressions;
using ImageMagick;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Storage;

/// <summary>Listing photos: PNG or JPEG (read from the first bytes, never the name), at most 5 MB,
/// kept outside the web root under <c>Storage:Images</c> and served by <c>/media/{name}</c>. Each
/// gets a 480×360 JPEG thumbnail, made in-process by Magick.NET (docs/decisions/0006). A file it
/// cannot read is refused.</summary>
public sealed partial class ImageStore(IOptions<Settings.StorageSettings> settings, IWebHostEnvironment environment, ILogger<ImageStore> logger)
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

    private string Folder => settings.Value.Images is { Length: > 0 } folder
        ? folder
        : Path.Combine(environment.ContentRootPath, "App_Data", "images");

    /// <summary>The thumbnail's address for an image stored here; other addresses (generated SVGs) as they are.</summary>
    public static string ThumbnailOf(string url) =>
        url.StartsWith(UrlPrefix, StringComparison.Ordinal) ? Path.ChangeExtension(url, null) + ".thumb.jpg" : url;

    public async Task<(Refusal Refusal, string? Url)> SaveAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return (Refusal.Empty, null);
        if (file.Length > MaxBytes) return (Refusal.TooLarge, null);
        await using var upload = file.OpenReadStream();
        var head = new byte[8];
        var read = await upload.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var (extension, format) = DocumentStore.Sniff(head.AsSpan(0, read)) switch
        {
            "image/png" => (".png", MagickFormat.Png),
            "image/jpeg" => (".jpg", MagickFormat.Jpeg),
            _ => ((string?)null, MagickFormat.Unknown),
        };
        if (extension is null) return (Refusal.UnknownType, null);

        Directory.CreateDirectory(Folder);
        var key = Guid.NewGuid().ToString("N");
        var original = Path.Combine(Folder, key + extension);
        await using (var stored = File.Create(original))
        {
            await stored.WriteAsync(head.AsMemory(0, read), ct);
            await upload.CopyToAsync(stored, ct);
        }
        if (!await MakeThumbnailAsync(original, format, Path.Combine(Folder, key + ".thumb.jpg"), ct))
        {
            File.Delete(original);
            return (Refusal.Unreadable, null);
        }
        return (Refusal.None, UrlPrefix + key + extension);
    }

    /// <summary>The file behind a <c>/media/</c> name, with its content type; null for anything else.</summary>
    public (string Path, string ContentType)? Find(string name)
    {
        if (!MediaName().IsMatch(name)) return null;
        var path = Path.Combine(Folder, name);
        return File.Exists(path) ? (path, name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg") : null;
    }

    private async Task<bool> MakeThumbnailAsync(string source, MagickFormat format, string target, CancellationToken ct)
    {
        await Decoders.WaitAsync(ct);
        try
        {
            // Only the coder of the sniffed type reads the file, and only its first frame.
            using var image = new MagickImage();
            await image.ReadAsync(source, new MagickReadSettings { Format = format, FrameIndex = 0, FrameCount = 1 }, ct);
            image.AutoOrient();
            image.Thumbnail(new MagickGeometry(480, 360));
            image.Strip(); // camera metadata, GPS positions included
            image.Quality = 82;
            await image.WriteAsync(target, MagickFormat.Jpeg, ct);
            return true;
        }
        catch (MagickException e)
        {
            logger.LogWarning("Thumbnail refused: {Error}", e.Message);
            if (File.Exists(target)) File.Delete(target);
            return false;
        }
        finally
        {
            Decoders.Release();
        }
    }

    /// <summary>Deletes a stored picture and its thumbnail; other addresses are left alone.</summary>
    public void Delete(string? url)
    {
        if (url is null || !url.StartsWith(UrlPrefix, StringComparison.Ordinal) || !MediaName().IsMatch(url[UrlPrefix.Length..])) return;
        foreach (var name in new[] { url[UrlPrefix.Length..], Path.GetFileName(ThumbnailOf(url)) })
            if (File.Exists(Path.Combine(Folder, name))) File.Delete(Path.Combine(Folder, name));
    }

    /// <summary>The stored pictures (not thumbnails) last written before <paramref name="beforeUtc"/>, by address.</summary>
    public IEnumerable<string> StoredBefore(DateTime beforeUtc) =>
        !Directory.Exists(Folder) ? [] : Directory.EnumerateFiles(Folder)
            .Where(path => !path.EndsWith(".thumb.jpg", StringComparison.Ordinal) && MediaName().IsMatch(Path.GetFileName(path))
                && File.GetLastWriteTimeUtc(path) < beforeUtc)
            .Select(path => UrlPrefix + Path.GetFileName(path));

    [GeneratedRegex("^[0-9a-f]{32}(\\.thumb\\.jpg|\\.png|\\.jpg)$")]
    private static partial Regex MediaName();
}
