using System.IO.Compression;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Pictures for upload tests.</summary>
public static class Images
{
    /// <summary>A real 1200×900 RGB PNG (a gradient), written by hand: signature, IHDR, IDAT, IEND.</summary>
    public static byte[] Png(int width = 1200, int height = 900)
    {
        static byte[] Chunk(string type, byte[] data)
        {
            var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
            var length = BitConverter.GetBytes(data.Length).Reverse();
            var crc = BitConverter.GetBytes(Crc32(typed)).Reverse();
            return length.Concat(typed).Concat(crc).ToArray();
        }
        var header = BitConverter.GetBytes(width).Reverse().Concat(BitConverter.GetBytes(height).Reverse()).Concat(new byte[] { 8, 2, 0, 0, 0 }).ToArray();
        using var pixels = new MemoryStream();
        using (var z = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
            for (var y = 0; y < height; y++)
            {
                z.WriteByte(0);
                for (var x = 0; x < width; x++) { z.WriteByte((byte)(x * 255 / width)); z.WriteByte((byte)(y * 255 / height)); z.WriteByte(120); }
            }
        return new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }
            .Concat(Chunk("IHDR", header)).Concat(Chunk("IDAT", pixels.ToArray())).Concat(Chunk("IEND", [])).ToArray();
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }

    /// <summary>The bytes as a browser uploads them.</summary>
    public static Microsoft.AspNetCore.Http.IFormFile File(byte[] bytes, string name, string contentType = "image/png") =>
        new Microsoft.AspNetCore.Http.FormFile(new MemoryStream(bytes), 0, bytes.Length, "photos", name)
        { Headers = new Microsoft.AspNetCore.Http.HeaderDictionary(), ContentType = contentType };
}
