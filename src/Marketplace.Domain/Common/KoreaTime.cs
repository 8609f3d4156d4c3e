namespace Marketplace.Domain.Common;

/// <summary>Korea has one time zone, UTC+9, without daylight saving; days begin at midnight KST.</summary>
public static class KoreaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>The Korean day of a UTC moment: what every rollup, report and dashboard counts by.</summary>
    /// <summary>The UTC instant a Korean day begins (00:00 KST).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Offset;

    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(ToKorea(utc).DateTime);

    public static DateTimeOffset ToKorea(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);
}
