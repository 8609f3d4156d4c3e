using Marketplace.Domain.Common;

namespace Marketplace.Web.Infrastructure.DemoData;

internal static class RegionNames
{
    public static string Korean(Region region) => region switch
    {
        Region.Seoul => "서울", Region.Busan => "부산", Region.Daegu => "대구", Region.Incheon => "인천",
        Region.Gwangju => "광주", Region.Daejeon => "대전", Region.Ulsan => "울산", Region.Sejong => "세종",
        Region.Gyeonggi => "경기", Region.Gangwon => "강원", Region.Chungbuk => "충북", Region.Chungnam => "충남",
        Region.Jeonbuk => "전북", Region.Jeonnam => "전남", Region.Gyeongbuk => "경북", Region.Gyeongnam => "경남",
        _ => "제주",
    };

    public static string English(Region region) => region.ToString();
}
