using System.Globalization;
using FluentValidation;
using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Marketplace.Web.Infrastructure.Settings;

namespace Marketplace.Web.Features.Admin.Settings;

/// <summary>The operator's settings, read by the rest of the product from the moment they change.
/// Until the operator sets one, its value comes from configuration.</summary>
public sealed class PlatformSettings(MarketplaceDbContext db, IOptions<SettlementSettings> settlement, IOptions<ProcurementSettings> procurement)
{
    public sealed record Definition(string Key, string ConfigurationKey, decimal Min, decimal Max);

    public const string CommissionRate = "CommissionRate";
    public const string SingleQuoteCapWon = "SingleQuoteCapWon";
    public const string InvoiceDueDays = "InvoiceDueDays";
    public const string AutoConfirmDays = "AutoConfirmDays";
    /// <summary>0: ordering from a firm graded SVI 미흡 or below takes a written reason; 1: it is refused.</summary>
    public const string LowSviRule = "LowSviRule";

    public static readonly IReadOnlyList<Definition> All =
    [
        new(CommissionRate, "Settlement:CommissionRate", 0m, 0.3m),
        new(AutoConfirmDays, "Settlement:AutoConfirmDays", 1m, 30m),
        new(SingleQuoteCapWon, "Procurement:SingleQuoteCapWon", 0m, 10_000_000_000m),
        new(InvoiceDueDays, "Procurement:InvoiceDueDays", 1m, 365m),
        new(LowSviRule, "Procurement:LowSviRule", 0m, 1m),
    ];

    /// <summary>What is wrong with a configured default, by the same bounds the operator's changes obey.</summary>
    public static IEnumerable<string> ProblemsOfDefault(string key, decimal value)
    {
        var definition = All.Single(d => d.Key == key);
        return Check.Range(definition.ConfigurationKey, value, definition.Min, definition.Max);
    }

    public async Task<decimal> GetAsync(string key, CancellationToken ct)
    {
        var latest = await db.PlatformSettings.AsNoTracking().Where(s => s.Key == key)
            .OrderByDescending(s => s.ChangedAtUtc).ThenByDescending(s => s.Id).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return latest is not null ? decimal.Parse(latest, CultureInfo.InvariantCulture) : DefaultOf(key);
    }

    public async Task<Domain.Enterprises.LowSviRule> GetLowSviRuleAsync(CancellationToken ct) =>
        await GetAsync(LowSviRule, ct) >= 1 ? Domain.Enterprises.LowSviRule.Block : Domain.Enterprises.LowSviRule.WarnWithReason;

    private decimal DefaultOf(string key) => key switch
    {
        CommissionRate => settlement.Value.CommissionRate,
        AutoConfirmDays => settlement.Value.AutoConfirmDays,
        SingleQuoteCapWon => procurement.Value.SingleQuoteCapWon,
        InvoiceDueDays => procurement.Value.InvoiceDueDays,
        LowSviRule => (decimal)procurement.Value.LowSviRule,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "No such platform setting."),
    };
}
