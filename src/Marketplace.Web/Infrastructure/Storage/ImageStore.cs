using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Marketplace.Web.Infrastructure.Storage;

/// <summary>Listing photos: PNG or JPEG (read from the first bytes, never the name), at most 5 MB,
/// kept outside the web root under <c>Storage:Images</c> and served by <c>/media/{name}</c>. Each
/// gets a 480×360 JPEG thumbnail made by ImageMagick's <c>convert</c> (Debian's imagemagick; no
/// image library restores from this project's registry). A file it cannot read is refused.</summary>
public sealed partial class ImageStore(IConfiguration configuration, IWebHostEnvironment environment, ILogger<ImageStore> logger)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const string UrlPrefix = "/media/";

    public enum Refusal { None, Empty, TooLarge, UnknownType, Unreadable }

    private string Folder => configuration["Storage:Images"] is { Length: > 0 } folder
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
        var extension = DocumentStore.Sniff(head.AsSpan(0, read)) switch
        {
            "image/png" => ".png",
            "image/jpeg" => ".jpg",
            _ => null,
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
        if (!await MakeThumbnailAsync(original, Path.Combine(Folder, key + ".thumb.jpg"), ct))
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

    private async Task<bool> MakeThumbnailAsync(string source, string target, CancellationToken ct)
    {
        // [0]: the first frame only; -strip drops metadata (camera GPS positions included).
        var start = new ProcessStartInfo(configuration["Storage:ConvertPath"] ?? "convert") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { source + "[0]", "-auto-orient", "-thumbnail", "480x360", "-strip", "-quality", "82", "jpg:" + target })
            start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode == 0 && File.Exists(target)) return true;
            logger.LogWarning("Thumbnail refused: {Error}", (await process.StandardError.ReadToEndAsync(ct)).Trim());
            return false;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or OperationCanceledException)
        {
            logger.LogError(e, "Thumbnails need ImageMagick's convert (apt-get install imagemagick)");
            return false;
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}(\\.thumb\\.jpg|\\.png|\\.jpg)$")]
    private static partial Regex MediaName();
}
