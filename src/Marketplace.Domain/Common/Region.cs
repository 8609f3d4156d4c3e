namespace Marketplace.Domain.Common;

/// <summary>The 17 시/도 (metropolitan and provincial governments).</summary>
public enum Region
{
    Seoul, Busan, Daegu, Incheon, Gwangju, Daejeon, Ulsan, Sejong,
    Gyeonggi, Gangwon, Chungbuk, Chungnam, Jeonbuk, Jeonnam, Gyeongbuk, Gyeongnam, Jeju,
}

public static class Regions
{
    // The five-digit 국가기초구역 postcodes (since 2015) begin with the 시/도's range of two digits.
    private static readonly (int From, int To, Region Region)[] PostcodeRanges =
    [
        (1, 9, Region.Seoul), (10, 20, Region.Gyeonggi), (21, 23, Region.Incheon), (24, 26, Region.Gangwon), (27, 29, Region.Chungbuk),
        (30, 30, Region.Sejong), (31, 33, Region.Chungnam), (34, 35, Region.Daejeon), (36, 40, Region.Gyeongbuk), (41, 43, Region.Daegu),
        (44, 45, Region.Ulsan), (46, 49, Region.Busan), (50, 53, Region.Gyeongnam), (54, 56, Region.Jeonbuk), (57, 60, Region.Jeonnam),
        (61, 62, Region.Gwangju), (63, 63, Region.Jeju),
    ];

    /// <summary>The 시/도 of a five-digit postcode; null for anything else.</summary>
    public static Region? OfPostcode(string? postcode)
    {
        if (postcode is not { Length: 5 } || !postcode.All(char.IsAsciiDigit)) return null;
        var prefix = int.Parse(postcode[..2], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (from, to, region) in PostcodeRanges)
            if (prefix >= from && prefix <= to) return region;
        return null;
    }
}
