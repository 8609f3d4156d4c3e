using Marketplace.Domain.Catalog;
using Marketplace.Domain.Enterprises;

namespace Marketplace.Web.Infrastructure.DemoData;

/// <summary>The product notice a demo listing states, item by item, as a seller of that trade would fill it in.</summary>
internal static class DemoNotices
{
    public sealed record Context(Enterprise Enterprise, string CategorySlug, DemoLexicon.Item Item, string ProductName, string RegionName);

    private static readonly Dictionary<string, string> FoodTypes = new()
    {
        ["장"] = "장류", ["잼"] = "잼류", ["기름"] = "식용유지류(참기름)", ["면"] = "면류(국수)", ["김"] = "조미김(부각)",
        ["쿠키"] = "과자류", ["그래놀라"] = "시리얼류", ["마들렌"] = "빵류", ["초콜릿"] = "초콜릿류", ["커피"] = "커피(볶은 원두)", ["약과"] = "유탕처리과자(한과류)",
    };

    private static readonly Dictionary<string, string> Sizes = new()
    {
        ["food"] = "500g × 1개", ["produce"] = "5kg × 1상자", ["bakery"] = "300g × 1봉", ["household"] = "500ml × 1개",
        ["clothing"] = "1벌", ["furniture"] = "상세 설명의 치수표 참조", ["office"] = "1묶음", ["crafts"] = "1점",
    };

    /// <summary>One value per item of <paramref name="template"/>, in its order.</summary>
    public static IReadOnlyList<string?> Fill(NoticeTemplate template, Context c) => template.Fields.Select(field => (string?)ValueOf(field, c)).ToList();

    private static string ValueOf(string field, Context c)
    {
        var seller = c.Enterprise.Seller;
        var phone = seller?.Phone ?? "";
        var maker = $"{c.Enterprise.Name} / {seller?.Address}";
        var organic = c.Item.Tags.Contains("organic");
        return field switch
        {
            _ when field.Contains("식품의 유형") => FoodTypes.GetValueOrDefault(c.Item.Label, "기타가공품"),
            _ when field.Contains("전화번호") => $"{c.Enterprise.Name} 고객센터 {phone}",
            _ when field.Contains("서비스 제공 사업자") || field.Contains("생산자") || field.Contains("제조자") || field.Contains("화장품제조업자") => maker,
            _ when field.Contains("원산지") => c.CategorySlug == "produce" ? $"국내산({c.RegionName})" : "국내산",
            _ when field.Contains("제조국") => "대한민국",
            _ when field.Contains("소비기한") || field.Contains("생산연도") => c.CategorySlug == "produce"
                ? "수확 후 7일 이내 발송, 받은 날부터 냉장 2주" : "제조일로부터 12개월 (포장 뒷면 표기)",
            _ when field.Contains("사용기한") => "제조일로부터 24개월, 개봉 후 12개월",
            _ when field.Contains("제조연월") => "주문 후 제작 (제품 라벨 표기)",
            _ when field.Contains("용량") || field.Contains("중량") || field.Contains("품목 및 용량") => Sizes.GetValueOrDefault(c.CategorySlug, "1개"),
            _ when field.Contains("원재료명") => c.CategorySlug == "bakery" ? "우리밀 밀가루(국산), 국산 쌀가루, 버터, 비정제 설탕, 달걀" : "국산 원료 100% (상세 원재료와 함량은 포장에 표기)",
            _ when field.Contains("영양성분") => "1회 제공량당 열량·나트륨·당류 등은 포장에 표기",
            _ when field.Contains("유전자변형") => "해당 없음",
            _ when field.Contains("수입") => "해당 없음 (국내 제조)",
            _ when field.Contains("알레르기") || field.Contains("소비자안전") => c.CategorySlug is "food" or "bakery"
                ? "대두, 밀, 우유, 달걀을 쓰는 시설에서 만듭니다." : "어린이의 손이 닿지 않는 곳에 보관하세요.",
            _ when field.Contains("표시사항") => organic ? "유기농산물 인증 (국립농산물품질관리원)" : "무농약 재배 (자체 기준)",
            _ when field.Contains("상품구성") => "본품 1개",
            _ when field.Contains("보관방법") || field.Contains("취급") => c.CategorySlug == "produce" ? "받는 즉시 냉장 보관" : "직사광선을 피해 서늘한 곳에 보관",
            _ when field.Contains("효능") => $"{c.Item.Name}: 설거지·세탁 등 생활 세정",
            _ when field.Contains("아동") => "성인용 (어린이는 보호자 지도 아래 사용)",
            _ when field.Contains("주요성분") || field.Contains("모든 성분") => "식물 유래 계면활성제, 정제수, 천연 유래 향료",
            _ when field.Contains("신고번호") || field.Contains("승인번호") => $"안전기준적합확인 신고번호 HB26-{c.Enterprise.Id:00}-{c.Item.Label.Length:000}",
            _ when field.Contains("사용상 주의") || field.Contains("사용할 때의 주의") => "눈에 들어가면 물로 씻어 내고, 이상이 있으면 사용을 멈추세요.",
            _ when field.Contains("품질보증기준") => "관련 법 및 소비자분쟁해결기준에 따라 교환·환불",
            _ when field.Contains("A/S") => $"{c.Enterprise.Seller?.ReturnAddress} / {phone}",
            _ when field.Contains("KC") => c.CategorySlug == "furniture" ? "KC 안전확인 신고 필" : "해당 없음",
            _ when field.Contains("인증") => "해당 없음",
            _ when field == "제품 소재" || field == "소재" => c.Item.Tags.Contains("upcycle") ? "재활용 폴리에스터(폐현수막) 100%" : "유기농 면 100%",
            _ when field.Contains("주요 소재") => "국산 소나무 원목, 친환경 수성 도료",
            _ when field.Contains("재질") => c.CategorySlug == "furniture" ? "국산 편백 원목" : "재생 종이, 천연 소재",
            _ when field.Contains("색상") => "자연색 (상세 사진 참조)",
            _ when field.Contains("치수") || field.Contains("크기") => c.CategorySlug == "furniture" ? "가로 120 × 세로 60 × 높이 73cm" : "상세 설명의 치수표 참조",
            _ when field.Contains("세탁") => "찬물 단독 손세탁, 건조기 사용 금지",
            _ when field == "종류" || field.StartsWith("품명") => c.ProductName,
            _ when field.Contains("구성품") => "본품 1개, 조립·사용 설명서",
            _ when field.Contains("배송·설치") => "배송비 포함, 설치는 무료로 해 드립니다",
            _ when field.Contains("서비스 내용") => $"{c.ProductName} (작업 범위는 상세 설명과 견적서에 따름)",
            _ when field.Contains("제공 기간") => "계약 후 협의한 날짜와 시간",
            _ when field.Contains("이용 조건") => $"{c.RegionName} 및 인접 지역 방문, 인원·면적은 상담 후 확정",
            _ when field.Contains("해제") || field.Contains("환불") => "이용 3일 전까지 전액 환불, 이후에는 소비자분쟁해결기준에 따름",
            _ when field.Contains("주요 사양") => "모든 피부용",
            _ when field.Contains("사용방법") => "적당량을 덜어 사용",
            _ => "상세 설명 참조",
        };
    }
}
