using System.Globalization;
using Marketplace.Domain.Common;

namespace Marketplace.Web.Features.Admin.Dashboards;

public enum Grain { Day, Week, Month, Year }

/// <summary>Korean calendar periods for the dashboards: a day starts at midnight KST; a week is
/// ISO-8601 (Monday first).</summary>
public static class Periods
{
    public static string Label(DateOnly day, Grain grain) => grain switch
    {
        Grain.Day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Grain.Week => $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):D2}",
        Grain.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => day.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The dashboards' range: what was asked for, else this Korean year up to today.</summary>
    public static (DateOnly From, DateOnly To) Range(DateOnly? from, DateOnly? to, TimeProvider clock)
    {
        var today = KoreaTime.Today(clock);
        return (from ?? new DateOnly(today.Year, 1, 1), to ?? today);
    }

    /// <summary>The first instant (UTC) of a Korean day.</summary>
    public static DateTime StartUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc) - KoreaTime.Offset;
}
