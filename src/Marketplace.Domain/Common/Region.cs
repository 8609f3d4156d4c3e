namespace Marketplace.Domain.Common;

/// <summary>The 17 시/도 (metropolitan and provincial governments).</summary>
public enum Region
{
    Seoul, Busan, Daegu, Incheon, Gwangju, Daejeon, Ulsan, Sejong,
    Gyeonggi, Gangwon, Chungbuk, Chungnam, Jeonbuk, Jeonnam, Gyeongbuk, Gyeongnam, Jeju,
}
