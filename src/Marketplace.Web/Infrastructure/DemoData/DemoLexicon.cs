using Marketplace.Domain.Catalog;

namespace Marketplace.Web.Infrastructure.DemoData;

/// <summary>Words the demo data is made of: realistic Korean names with English twins.</summary>
internal static class DemoLexicon
{
    public sealed record CategorySeed(string Slug, string Name, string NameEn, ProductKind Kind, string BusinessWord, string BusinessWordEn, Item[] Items);

    public sealed record Item(string Name, string NameEn, string Label, long MinPrice, long MaxPrice, string[] Tags);

    public sealed record Variant(string Suffix, string SuffixEn, decimal PriceFactor);

    public static readonly (string Slug, string Name, string NameEn)[] Tags =
    [
        ("eco", "친환경", "Eco-friendly"),
        ("disability", "장애인 고용", "Jobs for people with disabilities"),
        ("elderly", "고령자 고용", "Jobs for older people"),
        ("local", "지역 상생", "Local sourcing"),
        ("upcycle", "업사이클", "Upcycled"),
        ("fairtrade", "공정무역", "Fair trade"),
        ("organic", "유기농", "Organic"),
        ("youth", "청년 일자리", "Jobs for young people"),
    ];

    public static readonly CategorySeed[] Categories =
    [
        new("food", "가공식품", "Processed food", ProductKind.Goods, "푸드", "Foods",
        [
            new("전통 고추장", "Traditional gochujang", "장", 8_000, 25_000, ["local", "elderly"]),
            new("유기농 된장", "Organic doenjang", "장", 9_000, 28_000, ["organic", "local"]),
            new("수제 딸기잼", "Handmade strawberry jam", "잼", 6_500, 15_000, ["local"]),
            new("국산 참기름", "Korean sesame oil", "기름", 12_000, 32_000, ["local", "elderly"]),
            new("우리밀 국수", "Korean wheat noodles", "면", 4_500, 12_000, ["local"]),
            new("김부각 스낵", "Seaweed chips", "김", 5_000, 14_000, ["disability"]),
        ]),
        new("produce", "농수산물", "Farm & sea produce", ProductKind.Goods, "농장", "Farm",
        [
            new("유기농 쌀", "Organic rice", "쌀", 22_000, 65_000, ["organic", "local"]),
            new("친환경 감자", "Eco-grown potatoes", "감자", 9_000, 24_000, ["eco", "local"]),
            new("제철 사과", "Seasonal apples", "사과", 18_000, 48_000, ["local"]),
            new("완도 미역", "Wando seaweed", "미역", 7_000, 20_000, ["local", "elderly"]),
            new("무농약 방울토마토", "Pesticide-free cherry tomatoes", "토마토", 8_000, 19_000, ["organic"]),
            new("꿀고구마", "Honey sweet potatoes", "고구마", 12_000, 29_000, ["local"]),
        ]),
        new("bakery", "베이커리·간식", "Bakery & snacks", ProductKind.Goods, "베이커리", "Bakery",
        [
            new("우리밀 쿠키", "Korean wheat cookies", "쿠키", 6_000, 18_000, ["disability", "local"]),
            new("수제 그래놀라", "Handmade granola", "그래놀라", 9_000, 21_000, ["youth"]),
            new("쌀 마들렌", "Rice madeleines", "마들렌", 8_000, 20_000, ["disability"]),
            new("공정무역 초콜릿", "Fair-trade chocolate", "초콜릿", 5_000, 16_000, ["fairtrade"]),
            new("공정무역 원두커피", "Fair-trade coffee beans", "커피", 13_000, 32_000, ["fairtrade", "youth"]),
            new("전통 약과", "Traditional yakgwa", "약과", 10_000, 26_000, ["elderly"]),
        ]),
        new("household", "생활용품", "Household goods", ProductKind.Goods, "리빙", "Living",
        [
            new("친환경 주방세제", "Eco-friendly dish soap", "세제", 5_500, 16_000, ["eco"]),
            new("천연 세탁세제", "Natural laundry detergent", "세제", 9_000, 24_000, ["eco"]),
            new("대나무 칫솔", "Bamboo toothbrush", "칫솔", 3_000, 12_000, ["eco"]),
            new("수제 천연비누", "Handmade natural soap", "비누", 4_500, 15_000, ["eco", "disability"]),
            new("밀랍 랩", "Beeswax food wrap", "랩", 8_000, 19_000, ["eco", "upcycle"]),
            new("고체 샴푸바", "Solid shampoo bar", "샴푸", 9_000, 18_000, ["eco"]),
        ]),
        new("crafts", "공예·선물", "Crafts & gifts", ProductKind.Goods, "공방", "Craft Studio",
        [
            new("도자기 머그컵", "Ceramic mug", "머그", 15_000, 38_000, ["disability"]),
            new("한지 조명", "Hanji paper lamp", "한지", 35_000, 95_000, ["local", "elderly"]),
            new("업사이클 가죽 지갑", "Upcycled leather wallet", "지갑", 25_000, 68_000, ["upcycle"]),
            new("손뜨개 인형", "Hand-knitted doll", "인형", 18_000, 42_000, ["elderly"]),
            new("나전칠기 보석함", "Mother-of-pearl jewel box", "나전", 45_000, 150_000, ["local"]),
            new("명절 선물세트", "Holiday gift set", "선물", 25_000, 80_000, ["local", "disability"]),
        ]),
        new("clothing", "의류·잡화", "Clothing & accessories", ProductKind.Goods, "패션", "Fashion",
        [
            new("업사이클 에코백", "Upcycled tote bag", "가방", 12_000, 35_000, ["upcycle", "eco"]),
            new("유기농 면 티셔츠", "Organic cotton T-shirt", "티셔츠", 19_000, 45_000, ["organic", "fairtrade"]),
            new("양말 세트", "Socks set", "양말", 8_000, 20_000, ["disability"]),
            new("현수막 업사이클 파우치", "Banner-upcycled pouch", "파우치", 9_000, 22_000, ["upcycle"]),
            new("작업용 앞치마", "Work apron", "앞치마", 15_000, 34_000, ["youth"]),
            new("수제 모자", "Handmade hat", "모자", 16_000, 39_000, ["elderly"]),
        ]),
        new("office", "사무용품", "Office supplies", ProductKind.Goods, "오피스", "Office",
        [
            new("재생지 복사용지", "Recycled copy paper", "용지", 22_000, 48_000, ["eco"]),
            new("친환경 볼펜", "Eco ballpoint pens", "볼펜", 5_000, 15_000, ["eco", "disability"]),
            new("재생 토너 카트리지", "Remanufactured toner cartridge", "토너", 35_000, 95_000, ["eco", "upcycle"]),
            new("크라프트 노트", "Kraft notebook", "노트", 3_000, 9_000, ["disability"]),
            new("종이 파일 박스", "Paper file box", "파일", 6_000, 18_000, ["eco"]),
            new("탁상 달력", "Desk calendar", "달력", 4_000, 12_000, ["youth"]),
        ]),
        new("furniture", "가구·목공", "Furniture & woodwork", ProductKind.Goods, "목공소", "Woodworks",
        [
            new("원목 책상", "Solid-wood desk", "책상", 180_000, 450_000, ["local"]),
            new("원목 의자", "Solid-wood chair", "의자", 65_000, 180_000, ["local"]),
            new("어린이집 교구장", "Preschool shelf", "교구장", 120_000, 320_000, ["youth"]),
            new("편백 도마", "Cypress cutting board", "도마", 18_000, 45_000, ["eco"]),
            new("원목 책꽂이", "Wooden bookshelf", "책꽂이", 45_000, 140_000, ["disability"]),
            new("학교 사물함", "School locker", "사물함", 150_000, 420_000, ["local"]),
        ]),
        new("cleaning", "청소·방역 서비스", "Cleaning & disinfection", ProductKind.Service, "클린", "Clean",
        [
            new("사무실 정기 청소", "Regular office cleaning", "청소", 150_000, 900_000, ["disability", "elderly"]),
            new("공공시설 방역 소독", "Public facility disinfection", "방역", 120_000, 600_000, ["elderly"]),
            new("입주 청소", "Move-in cleaning", "청소", 250_000, 700_000, ["youth"]),
            new("에어컨 분해 세척", "Air-conditioner deep cleaning", "세척", 90_000, 250_000, ["youth"]),
            new("학교 급식실 청소", "School kitchen cleaning", "청소", 300_000, 1_200_000, ["elderly"]),
            new("친환경 해충 방제", "Eco pest control", "방제", 100_000, 400_000, ["eco"]),
        ]),
        new("catering", "케이터링·도시락", "Catering & lunch boxes", ProductKind.Service, "케이터링", "Catering",
        [
            new("회의용 도시락", "Meeting lunch box", "도시락", 9_000, 18_000, ["local", "disability"]),
            new("행사 케이터링", "Event catering", "케이터링", 500_000, 3_000_000, ["local"]),
            new("다과 세트", "Refreshment set", "다과", 5_000, 15_000, ["elderly"]),
            new("비건 도시락", "Vegan lunch box", "도시락", 10_000, 19_000, ["eco", "organic"]),
            new("어린이 간식 배달", "Children's snack delivery", "간식", 3_000, 8_000, ["local"]),
            new("커피 케이터링", "Coffee catering", "커피", 300_000, 1_500_000, ["fairtrade", "youth"]),
        ]),
        new("printing", "인쇄·디자인", "Printing & design", ProductKind.Service, "인쇄소", "Print",
        [
            new("명함 인쇄", "Business card printing", "명함", 15_000, 60_000, ["disability"]),
            new("홍보 리플릿 인쇄", "Leaflet printing", "리플릿", 80_000, 400_000, ["disability"]),
            new("현수막 제작", "Banner production", "현수막", 30_000, 150_000, ["youth"]),
            new("보고서 편집 디자인", "Report layout design", "디자인", 300_000, 2_000_000, ["youth"]),
            new("친환경 봉투 인쇄", "Eco envelope printing", "봉투", 50_000, 250_000, ["eco"]),
            new("행사 포스터 디자인", "Event poster design", "포스터", 150_000, 800_000, ["youth"]),
        ]),
        new("care", "돌봄·교육 서비스", "Care & education", ProductKind.Service, "돌봄", "Care",
        [
            new("방과후 코딩 교실", "After-school coding class", "코딩", 200_000, 1_500_000, ["youth"]),
            new("어르신 건강 체조 교실", "Seniors' exercise class", "체조", 150_000, 800_000, ["elderly"]),
            new("직원 심리 상담", "Staff counselling", "상담", 300_000, 2_000_000, ["youth"]),
            new("숲 체험 교육", "Forest experience class", "숲", 200_000, 1_200_000, ["eco", "local"]),
            new("발달장애인 직업 훈련", "Job training for people with developmental disabilities", "훈련", 500_000, 3_000_000, ["disability"]),
            new("방문 돌봄", "Home visit care", "돌봄", 50_000, 300_000, ["elderly"]),
        ]),
    ];

    public static readonly Variant[] GoodsVariants =
    [
        new("", "", 1m), new(" 대용량", " (large)", 1.8m), new(" 선물 세트", " gift set", 2.4m),
        new(" 2개 묶음", " (pack of 2)", 1.9m), new(" 소포장", " (small pack)", 0.6m), new(" 기관용 10개", " (10 for institutions)", 8.5m),
    ];

    public static readonly Variant[] ServiceVariants =
    [
        new("", "", 1m), new(" (월 정기)", " (monthly)", 3.5m), new(" (1회)", " (one visit)", 0.8m),
        new(" (대형 시설)", " (large site)", 2.5m), new(" (반일)", " (half day)", 0.6m), new(" (연간 계약)", " (annual contract)", 10m),
    ];

    /// <summary>The synonym groups a new shop starts with; the operator edits them on /admin/search.</summary>
    public static readonly string[] Synonyms =
    [
        "에코백,장바구니 가방,장바구니,eco bag,tote bag", "도시락,lunch box,lunchbox", "비누,soap", "세제,detergent,dish soap",
        "쌀,rice", "커피,coffee,원두", "의자,chair", "책상,desk", "청소,cleaning", "인쇄,printing,프린팅", "티셔츠,t-shirt,tee",
        "칫솔,toothbrush", "머그컵,머그,mug,컵", "과자,스낵,snack", "선물,gift", "방역,소독,disinfection",
    ];

    /// <summary>Representatives' names for the demo enterprises' seller information.</summary>
    public static readonly string[] FamilyNames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"];
    public static readonly string[] GivenNames = ["민준", "서연", "도윤", "지우", "하준", "서현", "은우", "수아", "지호", "하은", "현우"];

    public static readonly (string Name, string NameEn)[] Prefixes =
    [
        ("행복", "Haengbok"), ("늘푸른", "Neulpureun"), ("함께", "Hamkke"), ("다온", "Daon"), ("희망", "Huimang"),
        ("새솔", "Saesol"), ("온누리", "Onnuri"), ("햇살", "Haetsal"), ("나눔", "Nanum"), ("초록", "Chorok"),
        ("두레", "Dure"), ("마중물", "Majungmul"), ("한울", "Hanul"), ("소나무", "Sonamu"), ("들꽃", "Deulkkot"),
    ];

    public static readonly (string Mission, string MissionEn, string Story, string StoryEn)[] Missions =
    [
        ("발달장애인 청년에게 안정된 일자리를 만듭니다.",
         "We create steady jobs for young people with developmental disabilities.",
         "발달장애인 청년들이 숙련된 기술자로 자라는 일터입니다. 모든 직원이 정규직으로 일하며, 매년 이익의 절반을 교육과 고용에 다시 씁니다.",
         "A workplace where young people with developmental disabilities grow into skilled staff. Everyone is on a permanent contract, and half of each year's profit goes back into training and jobs."),
        ("어르신의 손맛과 경험을 지역 일자리로 잇습니다.",
         "We turn older residents' skills and experience into local jobs.",
         "마을 어르신들이 평생 익힌 솜씨로 만든 제품을 판매합니다. 판매 수익은 어르신 급여와 마을 공동체 활동에 쓰입니다.",
         "We sell what the village's older residents make with skills of a lifetime. The income pays their wages and funds the community's activities."),
        ("버려지는 자원을 다시 쓰는 순환 경제를 만듭니다.",
         "We build a circular economy that reuses what is thrown away.",
         "현수막, 폐가죽, 폐목재처럼 버려지는 자원을 모아 새로운 제품으로 만듭니다. 지난해 수십 톤의 폐기물이 매립되지 않았습니다.",
         "We collect what would be thrown away, such as banners, leather offcuts and scrap wood, and make new goods from it. Last year tens of tonnes stayed out of landfill."),
        ("경력이 끊긴 여성과 자립준비청년의 일터를 만듭니다.",
         "We create work for women returning to work and young people leaving care.",
         "경력 단절 여성과 보호종료 청년이 함께 일하며 기술을 익힙니다. 직원 교육과 자격증 취득을 회사가 지원합니다.",
         "Women returning to work and young people leaving care work side by side and learn a trade. The company pays for training and certificates."),
        ("지역 농가와 함께 정직한 먹거리를 만듭니다.",
         "We make honest food together with local farms.",
         "인근 소농에게 정당한 값을 치르고 재료를 사들여, 첨가물 없이 정직하게 만듭니다. 지역 아동센터에 매달 먹거리를 나눕니다.",
         "We pay small local farms a fair price for their produce and make food without additives. Every month we share food with local children's centres."),
        ("자활 참여자의 자립을 돕는 일터입니다.",
         "A workplace that helps self-sufficiency participants stand on their own.",
         "지역자활센터에서 시작해 참여자들이 함께 세운 기업입니다. 일을 통해 기술을 익히고 경제적으로 자립하도록 돕습니다.",
         "Founded by participants of a local self-sufficiency centre, we help members learn a trade and stand on their own feet through work."),
    ];
}
