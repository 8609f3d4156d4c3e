using System.Text;

namespace Marketplace.Web.Features.Seller.Listings;

/// <summary>The text of a spreadsheet export: UTF-8 (with or without a byte-order mark) or CP949, the
/// encoding Korean Excel saves by default. CsvHelper then reads its fields.</summary>
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
}
