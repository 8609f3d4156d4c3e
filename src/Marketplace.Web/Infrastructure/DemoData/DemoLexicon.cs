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

    public sealed record Mission(string Text, string TextEn, string Story, string StoryEn);

    /// <summary>What an enterprise of a category does: its product notice kind, how its listings describe the work,
    /// and missions and stories that fit the trade (a print shop does not "make honest food with local farms").</summary>
    public sealed record Trade(string NoticeKind, string Detail, string DetailEn, string? Origin, Mission[] Missions);

    public static readonly IReadOnlyDictionary<string, Trade> Trades = new Dictionary<string, Trade>
    {
        ["food"] = new("processed-food", "인근 농가에서 제값에 사들인 국산 원료로, 합성 첨가물 없이 소량씩 만듭니다.", "Made in small batches from Korean ingredients bought at a fair price from nearby farms, without synthetic additives.", "국내산",
        [
            new("지역 농가와 함께 정직한 먹거리를 만듭니다.", "We make honest food together with local farms.",
                "인근 소농에게 정당한 값을 치르고 콩과 고추를 사들여 전통 방식으로 장을 담급니다. 지역 아동센터에 매달 먹거리를 나눕니다.",
                "We pay small local farms a fair price for soybeans and chillies and make sauces the traditional way. Every month we share food with local children's centres."),
            new("마을 어르신의 손맛을 일자리로 잇습니다.", "We turn older residents' cooking skills into jobs.",
                "마을 어르신들이 평생 익힌 손맛으로 잼과 장, 참기름을 만듭니다. 판매 수익은 어르신 급여와 마을 공동 부엌 운영에 쓰입니다.",
                "Older residents make jams, sauces and sesame oil with the skills of a lifetime. The income pays their wages and runs the village kitchen."),
        ]),
        ["produce"] = new("produce", "직접 기르거나 마을 농가에서 거둔 것을 수확한 주에 골라 보냅니다.", "Grown by us or by the village's farms and sorted and sent in the week of harvest.", "국내산",
        [
            new("귀농 청년과 고령 농가가 함께 짓는 친환경 농업을 넓힙니다.", "Young newcomers and older farmers grow food the eco-friendly way together.",
                "귀농 청년들이 고령 농가의 밭을 함께 일구며 농사를 배웁니다. 무농약으로 기른 농산물을 제값에 팔아 마을 농업을 잇습니다.",
                "Young newcomers farm the fields of older farmers and learn the trade. Selling pesticide-free produce at a fair price keeps the village farming."),
            new("어촌 마을의 수산물로 일자리를 만듭니다.", "We create jobs from the village's catch.",
                "어촌계 주민들이 직접 채취하고 손질한 미역과 해산물을 판매합니다. 수익은 어촌계 공동기금과 주민 고용에 쓰입니다.",
                "Members of the fishing cooperative harvest and prepare seaweed and seafood themselves. The income goes to the cooperative's fund and local jobs."),
        ]),
        ["bakery"] = new("processed-food", "우리밀과 국산 쌀가루로 매일 아침 굽고, 당일 포장해 보냅니다.", "Baked every morning from Korean wheat and rice flour and packed the same day.", "국내산(우리밀)",
        [
            new("발달장애인 제빵사의 안정된 일자리를 만듭니다.", "We create steady jobs for bakers with developmental disabilities.",
                "발달장애인 제빵사들이 숙련된 기술자로 자라는 베이커리입니다. 모든 직원이 정규직이며, 이익의 절반을 교육과 고용에 다시 씁니다.",
                "A bakery where bakers with developmental disabilities grow into skilled staff. Everyone is on a permanent contract, and half of the profit goes back into training and jobs."),
            new("공정무역 원료로 생산자와 소비자를 잇습니다.", "We connect growers and buyers through fair-trade ingredients.",
                "공정무역 카카오와 원두를 들여와 국내에서 가공합니다. 생산지 협동조합에 공정한 값과 사회발전기금을 지급합니다.",
                "We import fair-trade cocoa and coffee and process them here, paying the growers' cooperatives a fair price and a social premium."),
        ]),
        ["household"] = new("household-chemical", "식물 유래 성분으로 만들고, 리필 포장과 종이 상자로 보냅니다.", "Made from plant-based ingredients and sent in refill pouches and paper boxes.", "대한민국",
        [
            new("버려지는 자원을 줄이는 생활용품을 만듭니다.", "We make household goods that cut waste.",
                "폐식용유를 모아 비누로 만들고, 리필 스테이션을 운영합니다. 지난해 플라스틱 용기 수만 개를 줄였습니다.",
                "We turn used cooking oil into soap and run refill stations. Last year we kept tens of thousands of plastic bottles out of use."),
            new("장애인 고용으로 친환경 세제를 만듭니다.", "People with disabilities make our eco-friendly detergents.",
                "중증장애인 직원들이 세제를 배합하고 포장합니다. 작업 공정을 나누고 보조기구를 갖춰 누구나 일할 수 있게 했습니다.",
                "Employees with severe disabilities mix and pack our detergents. The work is split into steps and fitted with aids so that everyone can do it."),
        ]),
        ["crafts"] = new("other", "공방에서 한 점씩 손으로 만들어, 모양과 색이 조금씩 다릅니다.", "Handmade one at a time in our studio, so each piece differs slightly.", "대한민국",
        [
            new("전통 공예 기술을 지역 일자리로 잇습니다.", "We keep traditional crafts alive as local jobs.",
                "무형문화재 전수자에게 배운 주민들이 한지와 나전칠기를 만듭니다. 공예 교실로 기술을 다음 세대에 전합니다.",
                "Residents trained by master artisans make hanji and mother-of-pearl lacquerware, and teach the craft to the next generation."),
            new("장애인 작가의 작품으로 일과 예술을 잇습니다.", "We link work and art through the pieces of artists with disabilities.",
                "장애인 작가들이 도자기와 인형을 만들고, 판매 수익의 일부를 작가에게 저작료로 돌려 드립니다.",
                "Artists with disabilities make ceramics and dolls; part of every sale goes back to them as a royalty."),
        ]),
        ["clothing"] = new("clothing", "유기농 면과 재활용 원단을 쓰고, 국내 봉제 공방에서 만듭니다.", "Made of organic cotton and recycled fabric in Korean sewing workshops.", "대한민국",
        [
            new("버려지는 현수막과 원단을 다시 씁니다.", "We give discarded banners and fabric a second life.",
                "지자체와 기업의 폐현수막을 모아 세척하고 가방과 파우치로 만듭니다. 지난해 현수막 수 톤이 소각되지 않았습니다.",
                "We collect and wash banners discarded by councils and companies and sew them into bags and pouches. Last year tonnes of banners were not burned."),
            new("경력이 끊긴 여성 봉제사의 일터를 만듭니다.", "We create work for women returning to sewing.",
                "경력 단절 여성들이 봉제 기술을 다시 익혀 정규직으로 일합니다. 교육비와 자격증 취득을 회사가 지원합니다.",
                "Women returning to work relearn sewing and work on permanent contracts; the company pays for their training and certificates."),
        ]),
        ["office"] = new("stationery", "재생 원료로 만들고, 기관 납품에 맞춰 상자 단위로 보냅니다.", "Made from recycled material and sent in bundles suited to institutions.", "대한민국",
        [
            new("재생 원료로 만든 사무용품을 공공기관에 납품합니다.", "We supply public bodies with office goods made from recycled material.",
                "폐지와 폐토너를 다시 써서 복사용지와 토너를 만듭니다. 공공기관 납품으로 장애인 직원 20여 명의 일자리를 지킵니다.",
                "We make copy paper and toner from waste paper and used cartridges. Supplying public bodies keeps some twenty jobs for people with disabilities."),
            new("자립준비청년의 첫 일터가 됩니다.", "We are the first workplace for young people leaving care.",
                "보호가 끝난 청년들이 문구 제작과 포장, 물류를 배우며 일합니다. 주거와 자산 형성도 함께 돕습니다.",
                "Young people leaving care learn stationery making, packing and logistics on the job; we also help with housing and savings."),
        ]),
        ["furniture"] = new("furniture", "국산 원목을 말려 쓰고, 모서리를 둥글게 다듬어 어린이 시설에도 씁니다.", "Made of seasoned Korean wood with rounded edges, safe for children's facilities.", "대한민국",
        [
            new("폐목재와 간벌재로 가구를 만듭니다.", "We make furniture from reclaimed and thinned wood.",
                "산림조합의 간벌재와 버려지는 폐목재를 가구로 되살립니다. 학교와 어린이집에 튼튼한 원목 가구를 납품합니다.",
                "We turn thinned timber from forest cooperatives and reclaimed wood into sturdy furniture for schools and nurseries."),
            new("목공 기술로 자활 참여자의 자립을 돕습니다.", "Woodworking skills help self-sufficiency participants stand on their own.",
                "지역자활센터 참여자들이 목공을 배워 세운 기업입니다. 숙련공이 되면 정규직으로 함께 일합니다.",
                "Founded by participants of a local self-sufficiency centre who learned woodworking; those who become skilled join on permanent contracts."),
        ]),
        ["cleaning"] = new("services", "친환경 세제를 쓰고, 작업 전후 사진과 점검표를 보고서로 드립니다.", "We use eco-friendly products and report each visit with before-and-after photos and a checklist.", null,
        [
            new("장애인과 어르신에게 안정된 청소 일자리를 만듭니다.", "We create steady cleaning jobs for people with disabilities and older people.",
                "장애인과 고령 직원이 두 명씩 짝을 지어 공공시설을 청소합니다. 모든 직원이 4대 보험에 가입된 정규직입니다.",
                "Employees with disabilities and older employees clean public buildings in pairs. All are permanent staff with full social insurance."),
            new("자활 참여자가 방역 전문가로 자랍니다.", "Self-sufficiency participants grow into disinfection professionals.",
                "지역자활센터에서 시작해 방역·소독 자격을 갖춘 직원들이 공공시설과 학교를 관리합니다.",
                "Started at a local self-sufficiency centre, our certified staff disinfect public facilities and schools."),
        ]),
        ["catering"] = new("services", "그날 들어온 지역 농산물로 아침에 조리해, 약속한 시간에 맞춰 배달합니다.", "Cooked in the morning from that day's local produce and delivered at the agreed time.", null,
        [
            new("결혼이주여성의 손맛으로 일자리를 만듭니다.", "Migrant women's home cooking becomes jobs.",
                "결혼이주여성 조리사들이 한식과 고향 음식을 함께 만듭니다. 조리 자격 취득과 한국어 교육을 지원합니다.",
                "Migrant women cooks make Korean dishes and food from home; we support their cooking certificates and Korean lessons."),
            new("지역 농산물로 만든 도시락으로 마을 경제를 살립니다.", "Lunch boxes from local produce keep money in the community.",
                "재료의 70% 이상을 인근 농가에서 삽니다. 남은 음식은 지역 푸드뱅크에 기부합니다.",
                "Over 70% of our ingredients come from nearby farms; food left over goes to the local food bank."),
        ]),
        ["printing"] = new("services", "시안을 두 번까지 무료로 고쳐 드리고, 친환경 용지와 콩기름 잉크로 인쇄합니다.", "Two rounds of proof changes free; printed on eco paper with soy ink.", null,
        [
            new("청각장애인 디자이너와 인쇄 기술자가 일하는 곳입니다.", "Deaf designers and printers work here.",
                "청각장애인 디자이너와 인쇄 기술자들이 기획부터 인쇄까지 맡습니다. 수어 통역 상담도 할 수 있습니다.",
                "Deaf designers and printers handle everything from layout to print; consultations in sign language are available."),
            new("청년 디자이너의 첫 일터가 됩니다.", "We are young designers' first workplace.",
                "디자인을 전공한 청년들이 공공기관과 비영리 단체의 홍보물을 만들며 경력을 쌓습니다.",
                "Young design graduates build their careers making publicity for public bodies and non-profits."),
        ]),
        ["care"] = new("services", "자격을 갖춘 강사와 돌봄 인력이 방문하며, 회차마다 활동 기록을 드립니다.", "Qualified teachers and carers visit, with a record of each session.", null,
        [
            new("돌봄이 필요한 이웃과 일자리가 필요한 이웃을 잇습니다.", "We connect neighbours who need care with neighbours who need work.",
                "경력이 끊긴 여성과 은퇴한 어르신이 돌봄 전문 인력으로 일합니다. 모든 돌봄 인력은 정기 교육을 받습니다.",
                "Women returning to work and retired people work as trained carers, with regular training for all."),
            new("발달장애인의 교육과 직업 훈련을 맡습니다.", "We teach and train people with developmental disabilities.",
                "특수교사와 직업훈련 교사가 발달장애인의 배움과 취업을 돕습니다. 수료생 여럿이 우리 회사에 입사했습니다.",
                "Special-education and vocational teachers help people with developmental disabilities learn and find work; several graduates now work with us."),
        ]),
    };

    /// <summary>Household goods that are not household chemicals take the notice of their own kind.</summary>
    public static string NoticeKindOf(string categorySlug, string itemLabel) => (categorySlug, itemLabel) switch
    {
        ("household", "칫솔" or "랩") => "other",
        ("clothing", "가방" or "파우치") => "bags",
        ("furniture", "도마") => "kitchenware",
        _ => Trades[categorySlug].NoticeKind,
    };
}
