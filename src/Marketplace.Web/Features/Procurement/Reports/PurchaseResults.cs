using Marketplace.Domain.Common;

namespace Marketplace.Web.Features.Procurement.Reports;


/// <summary><c>/procurement/reports</c>: an institution's preferential-purchase results for a year, as
/// it reports them to the Ministry. Only accepted amounts of inspected orders count (VAT included,
/// as the published results are), on the Korean day of inspection, and only when the enterprise's
/// certification was valid that day; the rest is shown apart so the totals can be reconciled.
/// Each use case has its file beside this one: Report, ByInstitution, SetTotal.</summary>
public static partial class PurchaseResults
{
    /// <summary>The Korean year, in UTC instants.</summary>
    internal static (DateTime From, DateTime To) YearBounds(int year)
    {
        var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - KoreaTime.Offset;
        return (from, from.AddYears(1));
    }
}
