using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Marketplace.Web.Infrastructure.Files;

/// <summary>A one-sheet workbook as the shop's reports are filed: numbers as numbers with thousands
/// separators (so sums work and 2,920,500 reads as such; a decimal with two places), the header rows bold on grey, text as text
/// (never a formula), the sheet named in the reader's language.</summary>
public static class XlsxFile
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint PlainStyle = 0, NumberStyle = 1, HeaderStyle = 2, DecimalStyle = 3;

    public static byte[] Write(string sheetName, IReadOnlyList<IReadOnlyList<object?>> rows, ISet<int> headerRows)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Count; c++)
                    row.Append(Cell($"{ColumnName(c)}{r + 1}", rows[r][c], headerRows.Contains(r)));
                data.Append(row);
            }
            var widest = rows.Count == 0 ? 1 : rows.Max(r => r.Count);
            sheetPart.Worksheet = new Worksheet(
                new Columns(
                    new Column { Min = 1, Max = 1, Width = 30, CustomWidth = true },
                    new Column { Min = 2, Max = (uint)Math.Max(2, widest), Width = 18, CustomWidth = true }),
                data);

            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(sheetName) }));
        }
        return buffer.ToArray();
    }

    private static Cell Cell(string reference, object? value, bool header) => value switch
    {
        long or int => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(Convert.ToDecimal(value)), StyleIndex = header ? HeaderStyle : NumberStyle },
        // Won are whole (long); a decimal is a rate or a share, shown with two places.
        decimal d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d), StyleIndex = header ? HeaderStyle : DecimalStyle },
        // Inline strings are never evaluated: a name starting with = stays text.
        _ => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "")),
            StyleIndex = header ? HeaderStyle : PlainStyle,
        },
    };

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE8EEF0" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            // 3 is Excel's built-in "#,##0", 4 its "#,##0.00".
            new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }) { Count = 4 });

    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    // Excel's rules: at most 31 characters, none of : \ / ? * [ ].
    private static string SheetName(string name)
    {
        var cleaned = new string(name.Select(c => ":\\/?*[]".Contains(c) ? ' ' : c).ToArray()).Trim();
        return cleaned.Length == 0 ? "Sheet1" : cleaned[..Math.Min(31, cleaned.Length)];
    }
}
