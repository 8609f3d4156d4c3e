namespace Marketplace.Domain.Operations;

/// <summary>An uploaded file (a listing photo, its thumbnail, a certificate, a quote's attachment)
/// kept in the database, so that every server reads what any server received. Used when
/// <c>Storage:Kind</c> is <c>Database</c>; the default keeps files in a local folder.</summary>
public class StoredFile
{
    private StoredFile() { }

    public StoredFile(string area, string name, byte[] content, DateTime writtenAtUtc)
    {
        Area = area;
        Name = name;
        Content = content;
        Length = content.LongLength;
        WrittenAtUtc = writtenAtUtc;
    }

    /// <summary>Which store it belongs to: <c>images</c> or <c>documents</c>.</summary>
    public string Area { get; private set; } = "";
    public string Name { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
    public long Length { get; private set; }
    public DateTime WrittenAtUtc { get; private set; }
}
