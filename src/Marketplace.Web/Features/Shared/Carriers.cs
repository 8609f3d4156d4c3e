namespace Marketplace.Web.Features.Shared;

/// <summary>The carriers the seller center offers: Korea's large parcel carriers with their public tracking pages, so a
/// shopper can follow a parcel (and a return pick-up) from the mail or the order page, and the enterprise's own delivery.
/// Other spellings a seller types (CJ, 대한통운, 우체국) are read as the carrier's name.</summary>
public static class Carriers
{
    public const string OwnDelivery = "직접배송";

    private static readonly (string[] Names, string? Url)[] Known =
    [
        (["CJ대한통운", "CJ", "대한통운"], "https://trace.cjlogistics.com/next/tracking.html?wblNo={0}"),
        (["우체국택배", "우체국", "EPOST"], "https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1={0}"),
        (["한진택배", "한진"], "https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&schLang=KR&wblnumText2={0}"),
        (["롯데택배", "롯데글로벌로지스", "롯데"], "https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo={0}"),
        (["로젠택배", "로젠"], "https://www.ilogen.com/web/personal/trace/{0}"),
        ([OwnDelivery], null),
    ];

    /// <summary>The names the ship forms list.</summary>
    public static IReadOnlyList<string> Names { get; } = Known.Select(k => k.Names[0]).ToList();

    /// <summary>The listed name for what a seller typed; null for a carrier not offered.</summary>
    public static string? Canonical(string? carrier) => Find(carrier)?.Names[0];

    public static string? TrackingUrl(string? carrier, string? trackingNumber)
    {
        if (string.IsNullOrWhiteSpace(trackingNumber) || Find(carrier) is not { Url: { } url }) return null;
        return string.Format(url, Uri.EscapeDataString(trackingNumber.Replace("-", "")));
    }

    private static (string[] Names, string? Url)? Find(string? carrier)
    {
        if (string.IsNullOrWhiteSpace(carrier)) return null;
        var name = carrier.Replace(" ", "");
        foreach (var known in Known)
            if (known.Names.Any(n => name.Equals(n, StringComparison.OrdinalIgnoreCase))) return known;
        return null;
    }
}
