using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marketplace.Domain.Common;
using Marketplace.Web.Features.Reporting;
using Marketplace.Web.Infrastructure.Documents;
using Marketplace.Web.Infrastructure.Files;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Settings;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Reports;

/// <summary>The impact report as files a buyer cites in its annual or ESG report: a workbook in the
/// reader's language, and a PDF in Korean (as filed documents are), both made from the same rows.</summary>
public static class ImpactFiles
{
    public sealed record XlsxQuery(int InstitutionId, int Year) : IRequest<DownloadFile>;

    /// <summary>The PDF, or the missing font's name, as the procurement documents' download gives them.</summary>
    public sealed record PdfQuery(int InstitutionId, int Year) : IRequest<Documents.DownloadDocument.File>;

    private static readonly string[] Headers =
        ["Impact.Group", "Impact.Item", "Impact.Bought", "SocialValue.Area.Products", "SocialValue.Area.Employment", "SocialValue.Area.FairTrade",
         "SocialValue.Area.Environment", "SocialValue.TotalWon", "Impact.JobsSupported", "Impact.CarbonKg", "Impact.EnterprisesSupported"];

    /// <summary>Each group as a row: section, item, bought, the four areas, total, jobs, carbon, enterprises.</summary>
    public static IEnumerable<object[]> Groups(ImpactReport.Report report, Func<string, string> t)
    {
        object[] Row(string section, string item, long bought, int enterprises, ImpactSum i) =>
            [section, item, bought, i.ProductsWon, i.EmploymentWon, i.FairTradeWon, i.EnvironmentWon, i.TotalWon, i.VulnerableJobs, i.CarbonKg, enterprises];
        yield return Row(t("Impact.Total"), t("Impact.AllPurchases"), report.BoughtWon, report.Enterprises, report.Total);
        foreach (var (section, groups) in new[] { ("Impact.ByType", report.ByType), ("Impact.ByRegion", report.ByRegion), ("Impact.ByKind", report.ByKind), ("Impact.ByMonth", report.ByMonth) })
            foreach (var g in groups)
                yield return Row(t(section), section == "Impact.ByMonth" ? string.Format(t("Reports.MonthName"), g.Key) : t(g.Key)
                    + (section == "Impact.ByRegion" && g.Key == $"Region.{report.Region}" ? " " + t("Impact.Local") : ""), g.BoughtWon, g.Enterprises, g.Impact);
    }

    /// <summary>The GRI 204-style lines: label and value.</summary>
    public static IEnumerable<(string Label, object? Value)> Gri(ImpactReport.Report report, Func<string, string> t) =>
    [
        (t("Impact.Gri.SocialEconomySpend"), report.BoughtWon),
        (t("Impact.Gri.TotalPurchases"), report.TotalPurchasesWon),
        (t("Impact.Gri.Share"), report.SharePercent),
        (t("Impact.Gri.LocalSpend"), report.LocalWon),
        (t("Impact.Gri.LocalShare"), report.LocalPercent),
    ];

    public static byte[] Xlsx(ImpactReport.Report report, IStringLocalizer<Texts> texts)
    {
        string T(string key) => texts[key].Value;
        var rows = new List<IReadOnlyList<object?>>();
        var headers = new HashSet<int>();
        headers.Add(0);
        rows.Add([string.Format(T("Impact.FileTitle"), report.Year)]);
        rows.Add([T(report.Kind == Domain.Institutions.BuyerKind.Company ? "Impact.Company" : "Impact.Institution"), report.Name,
            T("Reports.RegistrationNumber"), BusinessRegistrationNumber.Format(report.RegistrationNumber), T("Impact.BuyerRegion"), T($"Region.{report.Region}")]);
        rows.Add([]);
        headers.Add(rows.Count);
        rows.Add(Headers.Select(h => (object?)T(h)).ToList());
        rows.AddRange(Groups(report, T));
        rows.Add([]);
        headers.Add(rows.Count);
        rows.Add([T("Impact.Gri.Title")]);
        rows.AddRange(Gri(report, T).Select(g => (IReadOnlyList<object?>)[g.Label, g.Value]));
        rows.Add([]);
        rows.Add([T("Impact.MethodSentence")]);
        return XlsxFile.Write(string.Format(T("Impact.SheetName"), report.Year), rows, headers);
    }

    public static DocumentContent Pdf(ImpactReport.Report report, OperatorSettings site, DateOnly today, IReadOnlyDictionary<string, string> ko)
    {
        string T(string key) => ko[key];
        static string Cell(object? value) => value switch
        {
            long won => won.ToString("N0", CultureInfo.InvariantCulture),
            decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
            int n => n.ToString(CultureInfo.InvariantCulture),
            null => "—",
            _ => value.ToString() ?? "",
        };
        var buyerRole = T(report.Kind == Domain.Institutions.BuyerKind.Company ? "Impact.Company" : "Impact.Institution");
        return new DocumentContent(T("Impact.PdfTitle"), $"{report.Code}-{report.Year}", today.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture),
            new DocumentParty(T("Impact.Preparer"), site.TradeName, site.RegistrationNumber, site.Representative, site.Address),
            new DocumentParty(buyerRole, report.Name, BusinessRegistrationNumber.Format(report.RegistrationNumber), "", T($"Region.{report.Region}")),
            [
                new(T("SocialValue.Year"), $"{report.Year}"),
                .. Gri(report, T).Select(g => new DocumentField(g.Label, g.Value is decimal p ? $"{p:0.00}%" : Cell(g.Value) + (g.Value is long ? "원" : ""))),
                new(T("SocialValue.Area.Products"), Cell(report.Total.ProductsWon) + "원"),
                new(T("SocialValue.Area.Employment"), Cell(report.Total.EmploymentWon) + "원"),
                new(T("SocialValue.Area.FairTrade"), Cell(report.Total.FairTradeWon) + "원"),
                new(T("SocialValue.Area.Environment"), Cell(report.Total.EnvironmentWon) + "원"),
            ],
            // Six columns fit the A4 width; the areas of the total are among the fields above.
            [T("Impact.Item"), T("Impact.Bought"), T("SocialValue.TotalWon"), T("Impact.JobsSupported"), T("Impact.CarbonKg"), T("Impact.EnterprisesSupported")],
            Groups(report, T).Select(r => (IReadOnlyList<string>)[$"{r[0]} · {r[1]}", Cell(r[2]), Cell(r[7]), Cell(r[8]), Cell(r[9]), Cell(r[10])]).ToList(),
            [new(T("SocialValue.TotalWon"), Cell(report.Total.TotalWon) + "원")],
            [T("Impact.MethodSentence"), T("Impact.PdfBasis")]);
    }

    /// <summary>The fingerprint printed on every page, so a cited copy can be checked against a fresh one.</summary>
    public static string Sha256(DocumentContent content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToJson())));
}
