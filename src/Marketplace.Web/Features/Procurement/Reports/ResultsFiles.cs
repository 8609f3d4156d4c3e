using Marketplace.Web.Infrastructure.Files;
using Marketplace.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Reports;

/// <summary>The year's results as the institution files them: one table of rows (title, totals by
/// enterprise type split into goods and services, months, the share), written as CSV or as a
/// workbook by the shop's one writer of each. Both files come from the same rows, so they cannot disagree.</summary>
public static class ResultsFiles
{
    /// <summary>The rows, and which of them head a table (bold in the workbook).</summary>
    public sealed record Table(IReadOnlyList<IReadOnlyList<object?>> Rows, ISet<int> HeaderRows);

    public static Table Rows(PurchaseResults.Report report, IStringLocalizer<Texts> t)
    {
        var rows = new List<IReadOnlyList<object?>>();
        var headers = new HashSet<int>();
        void Header(params object?[] cells) { headers.Add(rows.Count); rows.Add(cells); }
        void Row(params object?[] cells) => rows.Add(cells);

        Header(t["Reports.FileTitle", report.Year].Value);
        Row(t["Reports.Institution"].Value, report.InstitutionName, t["Reports.InstitutionCode"].Value, report.InstitutionCode);
        Row();
        Header(t["Reports.EnterpriseType"].Value, t["Reports.Goods"].Value, t["Reports.Services"].Value, t["Reports.Total"].Value);
        foreach (var r in report.Types) Row(t[$"EnterpriseType.{r.Type}"].Value, r.GoodsWon, r.ServicesWon, r.TotalWon);
        Row(t["Reports.Total"].Value, report.GoodsWon, report.ServicesWon, report.CountedWon);
        Row();
        Header(t["Reports.Month"].Value, t["Reports.Amount"].Value);
        for (var i = 0; i < report.Months.Count; i++) Row(t["Reports.MonthName", i + 1].Value, report.Months[i]);
        Row();
        Row(t["Reports.TotalPurchases"].Value, report.TotalPurchasesWon);
        Row(t["Reports.CountedPurchases"].Value, report.CountedWon);
        Row(t["Reports.Share"].Value, report.SharePercent);
        Row(t["Reports.NotCounted"].Value, report.NotCountedWon);
        Row(t["Reports.Target"].Value, report.TargetPercent);
        Row();
        Header(t["Reports.Evidence"].Value);
        Header(t["Reports.OrderNumber"].Value, t["Orders.Enterprise"].Value, t["Reports.RegistrationNumber"].Value, t["Reports.EnterpriseType"].Value,
            t["Reports.Kind"].Value, t["Reports.OrderedOn"].Value, t["Reports.InspectedOn"].Value, t["Reports.AcceptedAmount"].Value,
            t["Reports.CertificationNumber"].Value, t["Reports.CertifiedUntil"].Value, t["Reports.Counted"].Value, t["Reports.NotCountedReason"].Value);
        foreach (var e in report.EvidenceRows)
            Row(e.OrderNumber, e.EnterpriseName, Domain.Common.BusinessRegistrationNumber.Format(e.RegistrationNumber), t[$"EnterpriseType.{e.EnterpriseType}"].Value,
                t[$"ProductKind.{e.Kind}"].Value, Day(e.OrderedOn), Day(e.InspectedOn), e.AcceptedWon, e.CertificationNumber,
                e.CertificationExpiresOn is { } expires ? Day(expires) : null,
                t[e.Counts ? "Reports.Yes" : "Reports.No"].Value, e.NotCountedReason is { } reason ? t[$"Reports.Reason.{reason}"].Value : null);
        return new Table(rows, headers);
    }

    /// <summary>Dates as ISO text: a spreadsheet sorts them, and no locale reads them as a month first.</summary>
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] Csv(Table table) => CsvFile.Write(table.Rows);

    public static byte[] Xlsx(Table table, string sheetName) => XlsxFile.Write(sheetName, table.Rows, table.HeaderRows);
}
