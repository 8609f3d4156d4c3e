using Marketplace.Web.Infrastructure.Settings;
using Microsoft.Extensions.Options;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Marketplace.Web.Infrastructure.Documents;

/// <summary>The font file a document needs is not there: the operator must install it or point
/// <c>Documents:FontPath</c> at it. Shown as a page that says so, never as a stack trace.</summary>
public sealed class DocumentFontMissingException(string path) : Exception($"The PDF font {path} is missing.")
{
    public string Path { get; } = path;
}

/// <summary>Draws a <see cref="DocumentContent"/> as an A4 PDF with PDFsharp: title and number, the
/// two parties side by side, the fields, the table, the totals, the notes, and on every page a
/// footer with the content's SHA-256.</summary>
public sealed class DocumentPdf(IOptions<DocumentSettings> settings)
{
    private const double Margin = 40, Width = 595.28, Height = 841.89, Bottom = Height - 60;
    private static readonly XPen Rule = new(XColor.FromArgb(160, 160, 160), 0.5);

    static DocumentPdf()
    {
        GlobalFontSettings.FontResolver ??= new FontFiles();
    }

    public byte[] Draw(DocumentContent content, string sha256)
    {
        var regularPath = settings.Value.FontPath;
        if (!File.Exists(regularPath)) throw new DocumentFontMissingException(regularPath);
        // Without the bold face the headings are drawn in the regular one.
        var boldPath = File.Exists(settings.Value.BoldFontPath) ? settings.Value.BoldFontPath : regularPath;
        var fonts = new Fonts(regularPath, boldPath);

        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{content.Title} {content.Number}";
        pdf.Info.Subject = $"SHA-256 {sha256}";
        var writer = new Writer(pdf, fonts, $"{content.Title} {content.Number} · SHA-256 {sha256}");

        writer.Title(content.Title, $"No. {content.Number}   {content.IssuedOn}");
        writer.Parties(content.Supplier, content.Buyer);
        foreach (var field in content.Fields) writer.Field(field.Label, field.Value);
        writer.Gap(8);
        if (content.Columns.Count > 0) writer.Table(content.Columns, content.Rows);
        foreach (var total in content.Totals) writer.Total(total.Label, total.Value);
        writer.Gap(8);
        foreach (var note in content.Notes) writer.Paragraph(note);
        writer.Finish();

        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    private sealed record Fonts(string RegularPath, string BoldPath)
    {
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
        public XFont Regular(double size) => new(RegularPath, size, XFontStyleEx.Regular, Unicode);
        public XFont Bold(double size) => new(BoldPath, size, XFontStyleEx.Regular, Unicode);
    }

    /// <summary>Writes downwards from the top margin, starting a page when the next item would not fit.</summary>
    private sealed class Writer
    {
        private readonly PdfDocument _pdf;
        private readonly Fonts _fonts;
        private readonly string _footer;
        private XGraphics _gfx = null!;
        private double _y;

        public Writer(PdfDocument pdf, Fonts fonts, string footer)
        {
            (_pdf, _fonts, _footer) = (pdf, fonts, footer);
            NewPage();
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = _pdf.AddPage();
            page.Width = XUnit.FromPoint(Width);
            page.Height = XUnit.FromPoint(Height);
            _gfx = XGraphics.FromPdfPage(page);
            _y = Margin;
        }

        private void Need(double height)
        {
            if (_y + height > Bottom) NewPage();
        }

        private void Text(string text, XFont font, double x, double y, double width, XStringFormat? format = null) =>
            _gfx.DrawString(Fit(text, font, width), font, XBrushes.Black, new XRect(x, y, width, font.Size * 1.4), format ?? XStringFormats.TopLeft);

        /// <summary>A cell's text cut with an ellipsis where it would run into the next column.</summary>
        private string Fit(string text, XFont font, double width)
        {
            if (_gfx.MeasureString(text, font).Width <= width) return text;
            while (text.Length > 1 && _gfx.MeasureString(text + "…", font).Width > width) text = text[..^1];
            return text + "…";
        }

        public void Title(string title, string subtitle)
        {
            Text(title, _fonts.Bold(20), Margin, _y, Width - 2 * Margin, XStringFormats.TopCenter);
            _y += 34;
            Text(subtitle, _fonts.Regular(9), Margin, _y, Width - 2 * Margin, XStringFormats.TopRight);
            _y += 20;
        }

        public void Parties(DocumentParty supplier, DocumentParty buyer)
        {
            var half = (Width - 2 * Margin - 10) / 2;
            var top = _y;
            var left = Party(supplier, Margin, top, half);
            var right = Party(buyer, Margin + half + 10, top, half);
            _y = Math.Max(left, right) + 12;
        }

        private double Party(DocumentParty party, double x, double y, double width)
        {
            var rows = new[] { ("등록번호", party.RegistrationNumber), ("상호", party.Name), ("대표자", party.Representative), ("주소", party.Address) };
            const double row = 16;
            _gfx.DrawRectangle(Rule, x, y, width, row * (rows.Length + 1));
            Text(party.Role, _fonts.Bold(10), x + 6, y + 3, width - 12);
            for (var i = 0; i < rows.Length; i++)
            {
                var top = y + row * (i + 1);
                _gfx.DrawLine(Rule, x, top, x + width, top);
                Text(rows[i].Item1, _fonts.Regular(8.5), x + 6, top + 3, 50);
                Text(rows[i].Item2 is { Length: > 0 } value ? value : "—", _fonts.Regular(8.5), x + 60, top + 3, width - 66);
            }
            return y + row * (rows.Length + 1);
        }

        public void Field(string label, string value)
        {
            Need(16);
            Text(label, _fonts.Bold(9), Margin, _y, 110);
            Text(value, _fonts.Regular(9), Margin + 115, _y, Width - 2 * Margin - 115);
            _y += 15;
        }

        /// <summary>Each figure column as wide as its widest cell; the first column (the item's name) takes what they leave.</summary>
        public void Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
        {
            var usable = Width - 2 * Margin;
            var bold = _fonts.Bold(8.5);
            var regular = _fonts.Regular(8.5);
            var widths = columns.Select((column, i) => i == 0 ? 0 : Math.Max(_gfx.MeasureString(column, bold).Width,
                rows.Select(r => i < r.Count ? _gfx.MeasureString(r[i], regular).Width : 0).DefaultIfEmpty(0).Max()) + 12).ToArray();
            widths[0] = Math.Max(120, usable - widths.Skip(1).Sum());
            // Too wide for the page: the figure columns shrink alike, their cells cut with an ellipsis.
            if (widths.Sum() > usable)
            {
                var scale = (usable - widths[0]) / widths.Skip(1).Sum();
                for (var i = 1; i < widths.Length; i++) widths[i] *= scale;
            }
            void Row(IReadOnlyList<string> cells, XFont font, bool header)
            {
                Need(18);
                var x = Margin;
                if (header) _gfx.DrawRectangle(new XSolidBrush(XColor.FromArgb(238, 238, 238)), Margin, _y, usable, 17);
                for (var i = 0; i < widths.Length; i++)
                {
                    Text(i < cells.Count ? cells[i] : "", font, x + 4, _y + 3, widths[i] - 8, i == 0 || header ? XStringFormats.TopLeft : XStringFormats.TopRight);
                    x += widths[i];
                }
                _y += 17;
                _gfx.DrawLine(Rule, Margin, _y, Margin + usable, _y);
            }
            Row(columns, bold, header: true);
            foreach (var row in rows) Row(row, regular, header: false);
            _y += 6;
        }

        public void Total(string label, string value)
        {
            Need(16);
            Text(label, _fonts.Bold(9.5), Width - Margin - 260, _y, 140, XStringFormats.TopRight);
            Text(value, _fonts.Bold(9.5), Width - Margin - 115, _y, 115, XStringFormats.TopRight);
            _y += 16;
        }

        /// <summary>A note wrapped at the margin, word by word (Korean breaks between words too).</summary>
        public void Paragraph(string text)
        {
            var font = _fonts.Regular(8.5);
            var usable = Width - 2 * Margin;
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (_gfx.MeasureString(candidate, font).Width > usable && line.Length > 0)
                {
                    WriteLine(line, font, usable);
                    line = word;
                }
                else line = candidate;
            }
            if (line.Length > 0) WriteLine(line, font, usable);
            _y += 4;
        }

        private void WriteLine(string line, XFont font, double width)
        {
            Need(13);
            Text(line, font, Margin, _y, width);
            _y += 13;
        }

        public void Gap(double height) => _y += height;

        /// <summary>The footer goes on every page once the page count is known.</summary>
        public void Finish()
        {
            _gfx.Dispose();
            var font = _fonts.Regular(7);
            for (var i = 0; i < _pdf.PageCount; i++)
            {
                using var gfx = XGraphics.FromPdfPage(_pdf.Pages[i]);
                gfx.DrawLine(Rule, Margin, Height - 45, Width - Margin, Height - 45);
                gfx.DrawString($"{_footer}   {i + 1}/{_pdf.PageCount}", font, XBrushes.DimGray,
                    new XRect(Margin, Height - 40, Width - 2 * Margin, 12), XStringFormats.TopLeft);
            }
        }
    }

    /// <summary>Fonts by file: the family name a document asks for is the font file's path, so the
    /// path stays a setting and nothing depends on the fonts the machine has registered.</summary>
    private sealed class FontFiles : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
            File.Exists(familyName) ? new FontResolverInfo(familyName) : null;

        public byte[]? GetFont(string faceName) => File.Exists(faceName) ? File.ReadAllBytes(faceName) : null;
    }
}
