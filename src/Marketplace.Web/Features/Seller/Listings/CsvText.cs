using System.Text;

namespace Marketplace.Web.Features.Seller.Listings;

/// <summary>Reads spreadsheet exports: UTF-8 (with or without a byte-order mark) or CP949, the
/// encoding Korean Excel saves by default; RFC 4180 quoting (commas, quotes and line breaks in quotes).</summary>
public static class CsvText
{
    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text, or null when the bytes are neither valid UTF-8 nor valid CP949.</summary>
    public static string? Decode(byte[] bytes)
    {
        // NUL bytes mean UTF-16 or a binary file, not a spreadsheet export.
        if (Array.IndexOf(bytes, (byte)0) >= 0) return null;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            var text = utf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException) { }
        try
        {
            return Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': row.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n': row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; break;
                default: field.Append(c); break;
            }
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows.Where(r => r.Any(f => f.Length > 0)).ToList();
    }
}
