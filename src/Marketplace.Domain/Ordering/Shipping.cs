using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;

namespace Marketplace.Domain.Ordering;

/// <summary>How a listing ships: with the enterprise's other items under its policy (묶음배송), free, or at its own fee
/// (a sofa, a box of 20 kg of rice). Services never ship.</summary>
public enum ShippingMode { Bundled, Free, OwnFee }

/// <summary>Areas the couriers charge more to reach: 제주 and the islands and mountain villages (도서산간).</summary>
public enum RemoteAreaKind { Jeju, Island }

/// <summary>An enterprise's shipping policy: a base fee per order, waived when the bundled goods reach
/// <see cref="FreeOverWon"/> (none: never), and the extra fees for 제주 and for 도서산간, charged even when shipping is free.</summary>
public sealed record ShippingPolicy(long BaseFeeWon, long? FreeOverWon, long JejuExtraWon, long IslandExtraWon)
{
    /// <summary>A fee above this is a typing mistake, not a parcel: 100,000원.</summary>
    public const long MaxFeeWon = 100_000;
    public const long MaxThresholdWon = 10_000_000;

    public static readonly ShippingPolicy Free = new(0, null, 0, 0);

    /// <summary>Refuses a negative or absurd fee, and a threshold below zero.</summary>
    public static ShippingPolicy Of(long baseFee, long? freeOver, long jejuExtra, long islandExtra)
    {
        foreach (var fee in new[] { baseFee, jejuExtra, islandExtra })
            if (fee is < 0 or > MaxFeeWon) throw new DomainException(ErrorCodes.InvalidShippingFee, fee.ToString());
        if (freeOver is < 0 or > MaxThresholdWon) throw new DomainException(ErrorCodes.InvalidShippingThreshold, freeOver.ToString());
        return new ShippingPolicy(baseFee, freeOver, jejuExtra, islandExtra);
    }

    public long ExtraFor(RemoteAreaKind? area) => area switch
    {
        RemoteAreaKind.Jeju => JejuExtraWon,
        RemoteAreaKind.Island => IslandExtraWon,
        _ => 0,
    };

    /// <summary>What one enterprise's order costs to ship: the base fee once for its bundled goods unless they reach the
    /// threshold, each own-fee line's fee, and the area's extra once if anything ships at all.</summary>
    public ShippingQuote Quote(IEnumerable<ShippingLine> lines, RemoteAreaKind? area)
    {
        var shipped = lines.Where(l => l.Kind == ProductKind.Goods).ToList();
        if (shipped.Count == 0) return ShippingQuote.Nothing;
        var bundled = shipped.Where(l => l.Mode == ShippingMode.Bundled).Sum(l => l.SubtotalWon);
        var anyBundled = shipped.Any(l => l.Mode == ShippingMode.Bundled);
        var waived = anyBundled && FreeOverWon is { } over && bundled >= over;
        var baseFee = anyBundled && !waived ? BaseFeeWon : 0;
        var ownFees = shipped.Where(l => l.Mode == ShippingMode.OwnFee).Sum(l => l.OwnFeeWon);
        long? shortOfFree = anyBundled && !waived && FreeOverWon is { } threshold && BaseFeeWon > 0 ? threshold - bundled : null;
        return new ShippingQuote(baseFee + ownFees, ExtraFor(area), waived, shortOfFree);
    }
}

/// <summary>One cart or order line as shipping sees it.</summary>
public sealed record ShippingLine(ProductKind Kind, ShippingMode Mode, long OwnFeeWon, long SubtotalWon);

/// <param name="FeeWon">The base fee (unless waived) and the own fees.</param>
/// <param name="RemoteWon">The 제주 or 도서산간 extra.</param>
/// <param name="FreeShippingApplied">The base fee was waived because the bundled goods reached the threshold.</param>
/// <param name="ShortOfFreeWon">How much more of bundled goods would waive the base fee; null when nothing is to be gained.</param>
public sealed record ShippingQuote(long FeeWon, long RemoteWon, bool FreeShippingApplied, long? ShortOfFreeWon)
{
    public static readonly ShippingQuote Nothing = new(0, 0, false, null);
    public long TotalWon => FeeWon + RemoteWon;
}

/// <summary>A range of 우편번호 (inclusive) in a remote area; the operator keeps the list, which the couriers revise.</summary>
public class RemoteArea
{
    private RemoteArea() { }

    public RemoteArea(RemoteAreaKind kind, string fromPostcode, string toPostcode, string name)
    {
        if (!IsPostcode(fromPostcode) || !IsPostcode(toPostcode) || string.CompareOrdinal(fromPostcode, toPostcode) > 0)
            throw new DomainException(ErrorCodes.InvalidPostcodeRange, $"{fromPostcode}-{toPostcode}");
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > 60) throw new DomainException(ErrorCodes.InvalidPostcodeRange, name);
        Kind = kind;
        FromPostcode = fromPostcode;
        ToPostcode = toPostcode;
        Name = trimmed;
    }

    public int Id { get; private set; }
    public RemoteAreaKind Kind { get; private set; }
    public string FromPostcode { get; private set; } = "";
    public string ToPostcode { get; private set; } = "";
    public string Name { get; private set; } = "";

    public bool Contains(string postcode) =>
        string.CompareOrdinal(postcode, FromPostcode) >= 0 && string.CompareOrdinal(postcode, ToPostcode) <= 0;

    private static bool IsPostcode(string s) => s.Length == 5 && s.All(char.IsAsciiDigit);

    /// <summary>제주 is listed apart because its extra differs; an address in both counts as 제주.</summary>
    public static RemoteAreaKind? KindOf(IEnumerable<RemoteArea> areas, string postcode) =>
        areas.Where(a => a.Contains(postcode)).Select(a => (RemoteAreaKind?)a.Kind).OrderBy(k => k).FirstOrDefault();

    /// <summary>The ranges the site starts with (the couriers' common list); ids are fixed for seeding.</summary>
    public static IReadOnlyList<object> Seed =>
    [
        new { Id = 1, Kind = RemoteAreaKind.Jeju, FromPostcode = "63000", ToPostcode = "63644", Name = "제주특별자치도" },
        new { Id = 2, Kind = RemoteAreaKind.Island, FromPostcode = "22386", ToPostcode = "22388", Name = "인천 중구 섬 지역" },
        new { Id = 3, Kind = RemoteAreaKind.Island, FromPostcode = "23004", ToPostcode = "23010", Name = "인천 강화군 섬 지역" },
        new { Id = 4, Kind = RemoteAreaKind.Island, FromPostcode = "23100", ToPostcode = "23136", Name = "인천 옹진군" },
        new { Id = 5, Kind = RemoteAreaKind.Island, FromPostcode = "32133", ToPostcode = "32133", Name = "충남 태안군 섬 지역" },
        new { Id = 6, Kind = RemoteAreaKind.Island, FromPostcode = "40200", ToPostcode = "40240", Name = "경북 울릉군" },
        new { Id = 7, Kind = RemoteAreaKind.Island, FromPostcode = "52570", ToPostcode = "52571", Name = "경남 사천시 섬 지역" },
        new { Id = 8, Kind = RemoteAreaKind.Island, FromPostcode = "53031", ToPostcode = "53033", Name = "경남 통영시 섬 지역" },
        new { Id = 9, Kind = RemoteAreaKind.Island, FromPostcode = "58760", ToPostcode = "58762", Name = "전남 목포시 섬 지역" },
        new { Id = 10, Kind = RemoteAreaKind.Island, FromPostcode = "58800", ToPostcode = "58866", Name = "전남 신안군" },
        new { Id = 11, Kind = RemoteAreaKind.Island, FromPostcode = "59102", ToPostcode = "59166", Name = "전남 완도군 섬 지역" },
        new { Id = 12, Kind = RemoteAreaKind.Island, FromPostcode = "59650", ToPostcode = "59650", Name = "전남 여수시 섬 지역" },
    ];
}
