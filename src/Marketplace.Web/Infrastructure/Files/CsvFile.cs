using CsvHelper;

namespace Marketplace.Web.Infrastructure.Files;

/// <summary>Every CSV the shop writes: UTF-8 with a byte-order mark (so Korean Excel reads the Korean
/// text), CRLF lines, RFC 4180 quoting, and text that a spreadsheet would run as a formula
/// (leading <c>= + - @</c>, tab or CR) escaped with <c>'</c>.</summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = new()
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        // Reports put tables of different widths one under the other.
        ValidateFieldCount = false,
    };

    /// <summary>Rows of numbers (written invariantly: 12000, not 12,000) and text.</summary>
    public static byte[] Write(IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, true))
        {
            foreach (var row in rows)
            {
                // A record needs a field: a blank line between tables is one empty field.
                if (row.Count == 0) csv.WriteField("");
                foreach (var value in row) csv.WriteField(value);
                csv.EndRecord();
            }
        }
        return buffer.ToArray();
    }
}
