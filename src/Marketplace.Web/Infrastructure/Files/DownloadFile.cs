namespace Marketplace.Web.Infrastructure.Files;

/// <summary>A file a query makes for the browser to download: its bytes, type and name.</summary>
public sealed record DownloadFile(byte[] Bytes, string ContentType, string Name)
{
    public static DownloadFile Csv(byte[] bytes, string name) => new(bytes, CsvFile.ContentType, name);
}
