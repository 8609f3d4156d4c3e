using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Institutions;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.DemoData;

public sealed class DemoDataOptions
{
    /// <summary>On in Development (appsettings.Development.json), off otherwise.</summary>
    public bool Enabled { get; set; }
    /// <summary>Two years of members and paid orders behind the demo, so the operator's dashboards
    /// have something to show (on in Development; tests leave it off to count their own orders).</summary>
    public bool History { get; set; }
}

/// <summary>Roles always; with <c>DemoData:Enabled</c>, a catalog of 45 enterprises in all 17 시/도,
/// 420 listings in 12 categories, 5 institutions and the demo accounts listed in README.
/// Runs once: a database that has enterprises is left alone.</summary>
public sealed class DemoDataSeeder(
    MarketplaceDbContext db,
    UserManager<Member> users,
    RoleManager<IdentityRole> roles,
    TimeProvider clock,
    TextCatalog texts,
    IOptions<DemoDataOptions> options,
    ILogger<DemoDataSeeder> logger)
{
    public const string Password = "Demo1234!";
    public const int EnterpriseCount = 45;
    public const int ProductCount = 450;

    public static async Task SeedIfEnabledAsync(IServiceProvider services)
    {
        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();

        await using (var scope = services.CreateAsyncScope())
        {
            var options = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<DemoDataOptions>>().Value;
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            if (options is { Enabled: true, History: true } && !await db.Orders.AnyAsync())
                await BenchOrders.SeedAsync(services, orderTarget: 3_000, memberTarget: 2_300, quiet: true, demo: true);
        }
    }

    /// <summary>Roles always; the demo data only where <c>DemoData:Enabled</c> says so.</summary>
    public async Task SeedAsync(CancellationToken ct = default)
    {
        foreach (var role in Roles.All)
        {
            if (await roles.RoleExistsAsync(role)) continue;
            try
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
            catch (DbUpdateException)
            {
                // Another server starting at the same moment may have created it first.
                db.ChangeTracker.Clear();
                if (!await roles.RoleExistsAsync(role)) throw;
            }
        }
        if (options.Value.Enabled) await SeedDemoDataAsync(ct);
    }

    /// <summary>The demo catalog and accounts, whatever the configuration says (benchmarks use it).</summary>
    public async Task SeedDemoDataAsync(CancellationToken ct = default)
    {
        if (await db.Enterprises.AnyAsync(ct)) return;

        var random = new Random(20261121);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = KoreaTime.Today(clock);

        var tags = DemoLexicon.Tags.ToDictionary(t => t.Slug, t => new SocialValueTag(t.Slug, t.Name, t.NameEn));
        db.SocialValueTags.AddRange(tags.Values);
        var categories = DemoLexicon.Categories.Select((c, i) => new Category(c.Slug, c.Name, c.NameEn, c.Kind, i)).ToList();
        // Every category's listings state a product notice before review; the kinds come with the schema.
        var noticeKinds = await db.NoticeTemplates.ToDictionaryAsync(t => t.Code, ct);
        foreach (var category in categories)
            category.RequireNotice(noticeKinds.GetValueOrDefault(DemoLexicon.Trades[category.Slug].NoticeKind)?.Id);
        db.Categories.AddRange(categories);
        db.SearchSynonyms.AddRange(DemoLexicon.Synonyms.Select(group => new SearchSynonym(group, now)));

        var enterprises = Enumerable.Range(0, EnterpriseCount).Select(i => NewEnterprise(i, random, now, today, texts)).ToList();
        db.Enterprises.AddRange(enterprises);
        var institutions = NewInstitutions(random, now);
        db.Institutions.AddRange(institutions);
        await db.SaveChangesAsync(ct);

        for (var i = 0; i < ProductCount; i++)
            db.Products.Add(NewProduct(i, enterprises, categories, tags, noticeKinds, random, now));
        db.SocialValueYears.AddRange(enterprises.SelectMany((e, i) => DemoSocialValue(e.Id, i, today.Year, random, now)));
        await db.SaveChangesAsync(ct);

        await AddMemberAsync("consumer@demo.kr", "김소비", Roles.Consumer, now.AddDays(-30));
        await AddMemberAsync("seller@demo.kr", "이판매", Roles.EnterpriseStaff, now.AddDays(-90), m => m.JoinEnterprise(enterprises[0].Id, asOwner: true));
        await AddMemberAsync("seller2@demo.kr", "박공방", Roles.EnterpriseStaff, now.AddDays(-80), m => m.JoinEnterprise(enterprises[1].Id, asOwner: true));
        await AddMemberAsync("buyer@demo.kr", "최구매", Roles.InstitutionBuyer, now.AddDays(-60), m => m.JoinInstitution(institutions[0].Id));
        await AddMemberAsync("approver@demo.kr", "정승인", Roles.InstitutionApprover, now.AddDays(-60), m => m.JoinInstitution(institutions[0].Id));
        await AddMemberAsync("buyer2@demo.kr", "한조달", Roles.InstitutionBuyer, now.AddDays(-45), m => m.JoinInstitution(institutions[1].Id));
        await AddMemberAsync("approver2@demo.kr", "윤결재", Roles.InstitutionApprover, now.AddDays(-45), m => m.JoinInstitution(institutions[1].Id));
        await AddMemberAsync("esg@demo.kr", "오지속", Roles.InstitutionBuyer, now.AddDays(-100), m => m.JoinInstitution(institutions[^1].Id));
        await AddMemberAsync("esg-approver@demo.kr", "서결재", Roles.InstitutionApprover, now.AddDays(-100), m => m.JoinInstitution(institutions[^1].Id));
        await AddMemberAsync("admin@demo.kr", "운영자", Roles.Operator, now.AddDays(-120));
        await DemoProcurement.SeedAsync(db, enterprises, institutions, now, ct);
        logger.LogInformation("Demo data seeded: {Enterprises} enterprises, {Products} products", EnterpriseCount, ProductCount);
    }

    private static Enterprise NewEnterprise(int i, Random random, DateTime now, DateOnly today, TextCatalog texts)
    {
        var type = (EnterpriseType)(i % 5);
        var region = (Region)(i % 17);
        var category = DemoLexicon.Categories[i % DemoLexicon.Categories.Length];
        var (prefix, prefixEn) = DemoLexicon.Prefixes[i % DemoLexicon.Prefixes.Length];
        var (name, nameEn) = type switch
        {
            EnterpriseType.CertifiedSocialEnterprise => ($"(주){prefix}{category.BusinessWord}", $"{prefixEn} {category.BusinessWordEn} Co., Ltd."),
            EnterpriseType.PreCertifiedSocialEnterprise => ($"{prefix}{category.BusinessWord}", $"{prefixEn} {category.BusinessWordEn}"),
            EnterpriseType.Cooperative => ($"{prefix}{category.BusinessWord} 협동조합", $"{prefixEn} {category.BusinessWordEn} Cooperative"),
            EnterpriseType.VillageEnterprise => ($"{prefix}마을 {category.BusinessWord}", $"{prefixEn} Village {category.BusinessWordEn}"),
            _ => ($"{prefix}{category.BusinessWord} 자활기업", $"{prefixEn} {category.BusinessWordEn} Self-Sufficiency Enterprise"),
        };

        var enterprise = new Enterprise(name, nameEn, type, RandomRegistrationNumber(random), region, now.AddDays(-400 + i));
        // Every ninth certification has lapsed, so buyers can see what an expired one looks like.
        var expires = i % 9 == 4 ? today.AddDays(-30 - i) : today.AddDays(120 + i * 17);
        enterprise.Certify($"{2016 + i % 9}-{(i * 37 % 900) + 100}", expires);
        var trade = DemoLexicon.Trades[category.Slug];
        var mission = trade.Missions[i / DemoLexicon.Categories.Length % trade.Missions.Length];
        var regionKey = $"Region.{region}";
        enterprise.DescribeStory(mission.Text, mission.TextEn,
            $"{texts.For("ko")[regionKey]}의 {name}입니다. {mission.Story}",
            $"{nameEn}, based in {texts.For("en")[regionKey]}. {mission.StoryEn}");
        var (family, given) = (DemoLexicon.FamilyNames[i % DemoLexicon.FamilyNames.Length], DemoLexicon.GivenNames[i * 7 % DemoLexicon.GivenNames.Length]);
        var address = $"{texts.For("ko")[regionKey]} 사회적경제로 {10 + i}";
        enterprise.DescribeSeller(family + given, new SellerInformation(
            i % 10 == 7 ? null : $"제{2016 + i % 9}-{texts.For("ko")[regionKey]}-{100 + i * 37 % 900:D4}호", i % 10 == 7,
            $"{AreaCodes[i % AreaCodes.Length]}-{100 + i * 13 % 900}-{1000 + i * 53 % 9000}", $"shop{i + 1}@social-market.example",
            address, address + " 반품센터"));
        // Shipping as Korean small sellers set it: some free, most a fee waived from an amount, more for 제주 and the islands.
        enterprise.SetShipping((i % 4) switch
        {
            0 => Domain.Ordering.ShippingPolicy.Free,
            1 => Domain.Ordering.ShippingPolicy.Of(3_000, 30_000, 3_000, 5_000),
            2 => Domain.Ordering.ShippingPolicy.Of(2_500, 20_000, 4_000, 6_000),
            _ => Domain.Ordering.ShippingPolicy.Of(3_500, 50_000, 3_000, 7_000),
        });
        // The last two wait for the operator: they show nowhere in the catalog.
        if (i < EnterpriseCount - 2) enterprise.Approve();
        return enterprise;
    }

    // Real area codes, so a demo seller's number reads like one.
    private static readonly string[] AreaCodes = ["02", "031", "032", "033", "041", "042", "043", "044", "051", "052", "053", "054", "055", "061", "062", "063", "064"];

    /// <summary>Last year's figures, measured by SPC (most of them verified), and this year's so far, self-reported;
    /// every fifth enterprise has only last year's, so buyers see that a year without figures shows none.</summary>
    public static IEnumerable<SocialValueYear> DemoSocialValue(int enterpriseId, int i, int currentYear, Random random, DateTime now)
    {
        foreach (var year in i % 5 == 3 ? [currentYear - 1] : new[] { currentYear - 1, currentYear })
        {
            var sales = random.Next(20, 300) * 10_000_000L;
            var employees = random.Next(5, 60);
            var vulnerable = random.Next(1, employees + 1) * 2 / 3 + 1;
            var figures = new SocialValueYear(enterpriseId, year, currentYear);
            figures.Record(new SocialValueFigures(sales, random.Next(50, 5_000), sales * random.Next(1, 8) / 100, employees, Math.Min(vulnerable, employees),
                sales * random.Next(5, 18) / 100, sales * random.Next(5, 30) / 100, sales * random.Next(1, 4) / 100,
                random.Next(0, 80_000), sales * random.Next(0, 3) / 100, year < currentYear ? FigureSource.SpcMeasured : FigureSource.SelfReported));
            if (year < currentYear && i % 4 != 1) figures.Verify("demo-operator", now.AddDays(-60));
            yield return figures;
        }
    }

    private static Product NewProduct(int i, List<Enterprise> enterprises, List<Category> categories,
        Dictionary<string, SocialValueTag> tags, Dictionary<string, NoticeTemplate> noticeKinds, Random random, DateTime now)
    {
        var e = i % EnterpriseCount;
        var k = i / EnterpriseCount;
        var categorySeed = DemoLexicon.Categories[e % DemoLexicon.Categories.Length];
        var trade = DemoLexicon.Trades[categorySeed.Slug];
        var item = categorySeed.Items[k % categorySeed.Items.Length];
        var variants = categorySeed.Kind == ProductKind.Service ? DemoLexicon.ServiceVariants : DemoLexicon.GoodsVariants;
        var variant = variants[(k / categorySeed.Items.Length + e) % variants.Length];

        var basePrice = item.MinPrice + (long)(random.NextDouble() * (item.MaxPrice - item.MinPrice));
        var price = (long)Math.Round(basePrice * variant.PriceFactor / 100m) * 100;
        var stock = categorySeed.Kind == ProductKind.Service ? 50 : i % 13 == 0 ? 0 : i % 11 == 0 ? 3 : random.Next(10, 300);
        var enterprise = enterprises[e];
        // Each enterprise's own line name (다온 전통 고추장), so one search does not list the same name four times.
        var (brand, brandEn) = DemoLexicon.Prefixes[e % DemoLexicon.Prefixes.Length];
        var name = $"{brand} {item.Name}{variant.Suffix}";
        var description = categorySeed.Kind == ProductKind.Service
            ? $"{enterprise.Name}{SubjectParticle(enterprise.Name)} 제공하는 {item.Name} 서비스입니다. {trade.Detail} {enterprise.SocialMission}"
            : $"{enterprise.Name}의 {item.Name}입니다. {trade.Detail} {enterprise.SocialMission}";
        var product = new Product(
            enterprise.Id, categories[e % categories.Count].Id, categorySeed.Kind,
            name, $"{brandEn} {item.NameEn}{variant.SuffixEn}",
            description, $"{item.NameEn} by {enterprise.NameEn}. {trade.DetailEn} {enterprise.SocialMissionEn}",
            new Won(price), stock, now.AddHours(-7 * (ProductCount - i)));
        // Three photos (the same drawing in three colours), so the gallery has something to show.
        foreach (var shift in new[] { 0, 120, 240 })
            product.AddImage($"/img/generated/{(e * 47 + k * 13 + shift) % 360}/{Uri.EscapeDataString(item.Label)}.svg");
        foreach (var slug in item.Tags) product.Tag(tags[slug]);
        product.RecordSales(random.Next(0, 500));
        product.SetOrigin(categorySeed.Slug == "produce" ? $"국내산({RegionNames[(int)enterprise.Region]})" : trade.Origin);
        if (noticeKinds.GetValueOrDefault(DemoLexicon.NoticeKindOf(categorySeed.Slug, item.Label)) is { } kind)
            product.FillNotice(kind, DemoNotices.Fill(kind, new DemoNotices.Context(enterprise, categorySeed.Slug, item, name, RegionNames[(int)enterprise.Region])));
        // What the name promises: sizes to choose from, and the institutional pack's minimum order and quantity prices.
        // (Not the institutional packs: an institution orders those directly, and an order names no option.)
        if (categorySeed.Slug == "clothing" && item.Label is "티셔츠" or "앞치마" or "양말" && !variant.Suffix.Contains("기관용"))
            product.SetOptions("사이즈", [new("S", 0, stock / 4, null), new("M", 0, stock / 4, null), new("L", 0, stock / 4, null), new("XL", 2_000, stock - 3 * (stock / 4), null)]);
        if (variant.Suffix.Contains("기관용") || categorySeed.Slug is "office" or "furniture")
        {
            product.SetMinOrderQuantity(variant.Suffix.Contains("기관용") ? 5 : 2);
            product.Edit(product.Name, product.NameEn, product.Description, product.DescriptionEn, product.Price,
                [new PriceTier(20, price / 100 * 95), new PriceTier(50, price / 100 * 90)]);
        }
        product.SubmitForReview(noticeRequired: true, noticeKinds.Values.FirstOrDefault(t => t.Id == product.NoticeTemplateId));
        // One listing in twenty-one still waits for review; so do those of enterprises not yet approved.
        if (i % 21 != 20 && enterprise.Status == ApprovalStatus.Approved) product.Publish(enterprise, product.Revision);
        return product;
    }

    /// <summary>이 after a final consonant (행복클린이), 가 after a vowel (나눔케어가).</summary>
    private static string SubjectParticle(string word) =>
        word.Length > 0 && word[^1] is >= '가' and <= '힣' && (word[^1] - '가') % 28 == 0 ? "가" : "이";

    private static readonly string[] RegionNames =
        ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"];

    private static List<Institution> NewInstitutions(Random random, DateTime now)
    {
        // Each body's own address: its purchase orders are delivered there.
        (string Name, string Code, Region Region, string Address, string Contact, string Phone)[] seeds =
        [
            ("서울특별시 성동구청", "3040000", Region.Seoul, "서울특별시 성동구 고산자로 270 성동구청 본관 지하 1층 물품창고", "최구매", "02-2286-5114"),
            ("경기도교육청", "7530000", Region.Gyeonggi, "경기도 수원시 영통구 도청로 30 경기도교육청 남부청사 1층", "한조달", "031-820-0114"),
            ("부산광역시 해운대구청", "3330000", Region.Busan, "부산광역시 해운대구 중동2로 11 해운대구청 별관 2층", "강해운", "051-749-4000"),
            ("한국토지주택공사", "B552555", Region.Gyeongnam, "경상남도 진주시 충의로 19 LH 본사 자재관리실", "노주택", "055-922-3114"),
            ("국립중앙의료원", "B551094", Region.Seoul, "서울특별시 중구 을지로 245 국립중앙의료원 물류센터", "문의료", "02-2260-7114"),
        ];
        var institutions = seeds.Select((s, i) =>
        {
            var institution = new Institution(s.Name, s.Code, RandomRegistrationNumber(random), s.Region, now.AddDays(-200 + i));
            institution.SetContact(s.Address, s.Contact, s.Phone);
            institution.Approve();
            return institution;
        }).ToList();
        // A company buying for its ESG report, from a generator of its own so the rest of the demo stays as it was.
        var registration = RandomRegistrationNumber(new Random(2026_17));
        var company = new Institution("(주)한빛전자", "C" + registration.Digits, registration, Region.Gyeonggi, now.AddDays(-100), BuyerKind.Company);
        company.SetContact("경기도 수원시 영통구 삼성로 129", "오지속", "031-200-1234");
        company.Approve();
        institutions.Add(company);
        return institutions;
    }

    private async Task AddMemberAsync(string email, string name, string role, DateTime signedUpAtUtc, Action<Member>? link = null)
    {
        var member = new Member(email, name, signedUpAtUtc, SignUpChannel.Direct) { EmailConfirmed = true };
        link?.Invoke(member);
        // The demo's one easy password is set as a hash: the password rules are for real members.
        member.PasswordHash = users.PasswordHasher.HashPassword(member, Password);
        var result = await users.CreateAsync(member);
        if (!result.Succeeded) throw new InvalidOperationException($"Demo member {email}: {string.Join(", ", result.Errors.Select(e => e.Code))}");
        await users.AddToRoleAsync(member, role);
    }

    /// <summary>A real-shaped number: nine random digits and their check digit.</summary>
    public static BusinessRegistrationNumber RandomRegistrationNumber(Random random)
    {
        var nine = $"{random.Next(101, 900):000}{random.Next(81, 89):00}{random.Next(0, 10000):0000}";
        return BusinessRegistrationNumber.Parse(nine + BusinessRegistrationNumber.CheckDigit(nine + "0"));
    }
}
