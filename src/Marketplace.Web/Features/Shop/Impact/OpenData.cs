using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marketplace.Web.Infrastructure.Files;

namespace Marketplace.Web.Features.Shop.Impact;

/// <summary>The figures of <c>/impact</c> as open data: the same cells as CSV and as JSON, each with the
/// licence line. Suppressed cells are empty (CSV) or null (JSON) and say so.</summary>
public static class OpenData
{
    public const string Licence = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/) · 출처: 사회적경제 장터 사회적 가치 공동 측정";

    private static readonly string[] Columns =
        ["dimension", "key", "consumer_sales_won", "procurement_sales_won", "sales_won", "selling_enterprises", "social_value_won",
         "vulnerable_jobs_supported", "carbon_reduced_kg", "suppressed"];

    private static IEnumerable<(string Dimension, MarketFigures.Cell Cell)> Cells(MarketFigures.Model m) =>
        new[] { ("total", m.Total) }.Concat(m.Months.Select(c => ("month", c))).Concat(m.Regions.Select(c => ("region", c))).Concat(m.Types.Select(c => ("enterprise_type", c)));

    public static byte[] Csv(MarketFigures.Model model)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { $"# {model.Year} · {Licence}" },
            new object?[] { $"# 구매자 {MarketFigures.MinimumBuyers}명 미만인 칸은 비웁니다 (suppressed=true). 계산 방법: /impact/method" },
            Columns,
        };
        foreach (var (dimension, c) in Cells(model))
            rows.Add([dimension, c.Key, c.ConsumerWon, c.ProcurementWon, c.SalesWon, c.Enterprises, c.SocialValueWon,
                c.VulnerableJobs?.ToString("0.####", CultureInfo.InvariantCulture), c.CarbonKg?.ToString("0.##", CultureInfo.InvariantCulture), c.Suppressed ? "true" : "false"]);
        return CsvFile.Write(rows);
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static byte[] JsonOf(MarketFigures.Model model)
    {
        object Of(MarketFigures.Cell c) => new Dictionary<string, object?>
        {
            ["key"] = c.Key, ["consumer_sales_won"] = c.ConsumerWon, ["procurement_sales_won"] = c.ProcurementWon, ["sales_won"] = c.SalesWon,
            ["selling_enterprises"] = c.Enterprises, ["social_value_won"] = c.SocialValueWon,
            ["vulnerable_jobs_supported"] = c.VulnerableJobs is { } j ? Math.Round(j, 4) : null, ["carbon_reduced_kg"] = c.CarbonKg is { } k ? Math.Round(k, 2) : null,
            ["suppressed"] = c.Suppressed,
        };
        return JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["licence"] = Licence, ["year"] = model.Year, ["computed_at_utc"] = model.ComputedAtUtc,
            ["minimum_buyers_per_cell"] = MarketFigures.MinimumBuyers, ["method"] = "/impact/method",
            ["total"] = Of(model.Total), ["months"] = model.Months.Select(Of), ["regions"] = model.Regions.Select(Of), ["enterprise_types"] = model.Types.Select(Of),
        }, Json);
    }
}
