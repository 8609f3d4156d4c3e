using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using Marketplace.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Reports;

/// <summary>The year's results as the institution files them: one table of rows (title, totals by
/// enterprise type split into goods and services, months, the share), written as CSV or as an
/// Office Open XML workbook. Both files come from the same rows, so they cannot disagree.</summary>
public static class ResultsFiles
{
    public static IReadOnlyList<IReadOnlyList<object>> Rows(PurchaseResults.Report report, IStringLocalizer<Texts> t)
    {
        var rows = new List<IReadOnlyList<object>>
        {
            new object[] { t["Reports.FileTitle", report.Year].Value },
            new object[] { t["Reports.Institution"].Value, report.InstitutionName, t["Reports.InstitutionCode"].Value, report.InstitutionCode },
            Array.Empty<object>(),
            new object[] { t["Reports.EnterpriseType"].Value, t["Reports.Goods"].Value, t["Reports.Services"].Value, t["Reports.Total"].Value },
        };
        rows.AddRange(report.Types.Select(r => (IReadOnlyList<object>)new object[] { t[$"EnterpriseType.{r.Type}"].Value, r.GoodsWon, r.ServicesWon, r.TotalWon }));
        rows.Add(new object[] { t["Reports.Total"].Value, report.GoodsWon, report.ServicesWon, report.CountedWon });
        rows.Add(Array.Empty<object>());
        rows.Add(new object[] { t["Reports.Month"].Value, t["Reports.Amount"].Value });
        rows.AddRange(report.Months.Select((amount, i) => (IReadOnlyList<object>)new object[] { t["Reports.MonthName", i + 1].Value, amount }));
        rows.Add(Array.Empty<object>());
        rows.Add(new object[] { t["Reports.TotalPurchases"].Value, (object?)report.TotalPurchasesWon ?? "" });
        rows.Add(new object[] { t["Reports.CountedPurchases"].Value, report.CountedWon });
        rows.Add(new object[] { t["Reports.Share"].Value, (object?)report.SharePercent ?? "" });
        rows.Add(new object[] { t["Reports.NotCounted"].Value, report.NotCountedWon });
        return rows;
    }

    public static byte[] Csv(IReadOnlyList<IReadOnlyList<object>> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows) csv.Append(string.Join(',', row.Select(Field))).Append("\r\n");
        // With a byte-order mark, Excel opens Korean text in UTF-8 correctly.
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];

        static string Field(object value)
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
            // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
            if (value is string && text.Length > 0 && "=+-@".Contains(text[0])) text = "'" + text;
            return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
        }
    }

    /// <summary>A one-sheet .xlsx: numbers as numbers (so sums work), text as inline strings.</summary>
    public static byte[] Xlsx(IReadOnlyList<IReadOnlyList<object>> rows, string sheetName)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>
                """);
            Write(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """);
            Write(zip, "xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="{SecurityElement.Escape(sheetName)}" sheetId="1" r:id="rId1"/></sheets>
                </workbook>
                """);
            Write(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                </Relationships>
                """);
            var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="1" max="1" width="28" customWidth="1"/><col min="2" max="4" width="18" customWidth="1"/></cols><sheetData>""");
            for (var r = 0; r < rows.Count; r++)
            {
                sheet.Append($"<row r=\"{r + 1}\">");
                for (var c = 0; c < rows[r].Count; c++)
                {
                    var cell = $"{(char)('A' + c)}{r + 1}";
                    sheet.Append(rows[r][c] switch
                    {
                        long or int or decimal => $"<c r=\"{cell}\"><v>{Convert.ToString(rows[r][c], CultureInfo.InvariantCulture)}</v></c>",
                        var text => $"<c r=\"{cell}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(Convert.ToString(text, CultureInfo.InvariantCulture))}</t></is></c>",
                    });
                }
                sheet.Append("</row>");
            }
            sheet.Append("</sheetData></worksheet>");
            Write(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
        }
        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string path, string content)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
