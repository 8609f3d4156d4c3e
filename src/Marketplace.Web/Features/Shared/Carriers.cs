namespace Marketplace.Web.Features.Shared;

/// <summary>Korea's large parcel carriers and their public tracking pages, so a shopper can follow a parcel
/// from the mail or the order page. A carrier not listed gets no link; the number is still shown.</summary>
public static class Carriers
{
    private static readonly (string[] Names, string Url)[] Known =
    [
        (["CJ대한통운", "CJ", "대한통운"], "https://trace.cjlogistics.com/next/tracking.html?wblNo={0}"),
        (["우체국택배", "우체국", "EPOST"], "https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1={0}"),
        (["한진택배", "한진"], "https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&schLang=KR&wblnumText2={0}"),
        (["롯데택배", "롯데글로벌로지스", "롯데"], "https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo={0}"),
        (["로젠택배", "로젠"], "https://www.ilogen.com/web/personal/trace/{0}"),
    ];

    public static string? TrackingUrl(string? carrier, string? trackingNumber)
    {
        if (string.IsNullOrWhiteSpace(carrier) || string.IsNullOrWhiteSpace(trackingNumber)) return null;
        var name = carrier.Replace(" ", "");
        var known = Known.FirstOrDefault(k => k.Names.Any(n => name.Equals(n, StringComparison.OrdinalIgnoreCase)));
        return known.Url is null ? null : string.Format(known.Url, Uri.EscapeDataString(trackingNumber.Replace("-", "")));
    }
}
