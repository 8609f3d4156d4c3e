using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.DemoData;

/// <summary>Members and paid orders in bulk, for the operator dashboards' benchmark (and, in small
/// numbers, for the demo): sign-ups spread over two years through every channel; orders paid over
/// the same time, one in twenty refunded a day later. The sales rollup is written from the same
/// figures, exactly as the paying and refunding transactions would have kept it.</summary>
public static class BenchOrders
{
    /// <param name="demo">For the demo: members with people's names and mailboxes, each order to its member's own address
    /// and in the state its age gives it (paid, preparing, shipped, delivered; some cancelled by the shopper).</param>
    public static async Task SeedAsync(IServiceProvider services, int orderTarget, int memberTarget, int seed = 11, bool quiet = false, bool demo = false)
    {
        var random = new Random(seed);
        var now = DateTime.UtcNow;
        var span = TimeSpan.FromDays(730);
        List<int> enterprises, institutions;
        Dictionary<(int, int), Domain.Enterprises.SocialValueYear> figures;
        List<(int Id, int EnterpriseId, string Name, long Price)> products;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            enterprises = await db.Enterprises.AsNoTracking().Where(e => e.Status == ApprovalStatus.Approved).Select(e => e.Id).ToListAsync();
            institutions = await db.Institutions.AsNoTracking().Select(i => i.Id).ToListAsync();
            figures = await db.SocialValueYears.AsNoTracking().ToDictionaryAsync(y => (y.EnterpriseId, y.Year));
            products = (await db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published).OrderBy(p => p.Id).Take(5_000)
                .Select(p => new { p.Id, p.EnterpriseId, p.Name, p.PriceWon }).ToListAsync())
                .Select(p => (p.Id, p.EnterpriseId, p.Name, p.PriceWon)).ToList();
        }

        var memberIds = new List<string>();
        var names = new Dictionary<string, string>();
        var channels = Enum.GetValues<SignUpChannel>();
        for (var done = 0; done < memberTarget;)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var batch = Math.Min(10_000, memberTarget - done);
            for (var i = 0; i < batch; i++)
            {
                var n = done + i;
                var (email, name) = demo ? DemoPerson(n) : ($"member{n}-{seed}@bench.kr", $"회원{n}");
                var member = new Member(email, name, now - span * random.NextDouble(), channels[Math.Min(random.Next(10), channels.Length - 1)])
                {
                    NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString("N"),
                };
                var kind = random.Next(100);
                if (kind < 3 && enterprises.Count > 0) member.JoinEnterprise(enterprises[random.Next(enterprises.Count)]);
                else if (kind < 6 && institutions.Count > 0) member.JoinInstitution(institutions[random.Next(institutions.Count)]);
                db.Users.Add(member);
                memberIds.Add(member.Id);
                names[member.Id] = name;
            }
            await db.SaveChangesAsync();
            done += batch;
            if (!quiet) Console.WriteLine($"members: {done}");
        }

        var rollup = new Dictionary<(int EnterpriseId, DateOnly Day), (int Orders, long Gross, long Refunds)>();
        var address = new ShippingAddress("김하나", "010-1234-5678", "04524", "서울특별시 중구 세종대로 110", "");
        for (var done = 0; done < orderTarget;)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var batch = Math.Min(20_000, orderTarget - done);
            for (var i = 0; i < batch; i++)
            {
                var product = products[random.Next(products.Count)];
                var member = memberIds[random.Next(memberIds.Count)];
                var quantity = 1 + random.Next(3);
                // The demo keeps one order in twenty within the last week, so every enterprise has some to prepare and ship.
                var paidAt = now - (demo && random.Next(20) == 0 ? TimeSpan.FromDays(7) : span) * random.NextDouble();
                var payment = new Payment(Guid.NewGuid(), member, "simulated", new Won(product.Price * quantity), paidAt.AddMinutes(-3), paidAt.AddMinutes(27));
                payment.MarkPaid(null, paidAt);
                var shipTo = demo ? DemoAddress(names[member], member.GetHashCode() & 0x7fffffff) : address;
                var order = new Order(payment.Id, member, product.EnterpriseId, shipTo, paidAt.AddMinutes(-3));
                order.AddLine(product.Id, product.Name, new Won(product.Price), quantity);
                order.MarkPaid(paidAt);
                order.AttributeSocialValue(figures.GetValueOrDefault((product.EnterpriseId, KoreaTime.ToKorea(paidAt).Year)));
                Add(rollup, product.EnterpriseId, KoreaTime.DayOf(paidAt), 1, order.TotalWon, 0);
                var refund = random.Next(20) == 0;
                if (demo && !refund) Advance(order, now - paidAt, paidAt, random);
                if (refund)
                {
                    if (demo) order.CancelByShopper(Order.CancellationReasons[random.Next(Order.CancellationReasons.Count)], paidAt.AddHours(5));
                    else order.MarkRefunded(paidAt.AddDays(1));
                    payment.RecordRefundedTotal(payment.Amount);
                    Add(rollup, product.EnterpriseId, KoreaTime.DayOf(order.CancelledAtUtc!.Value), 0, 0, order.TotalWon);
                }
                db.Payments.Add(payment);
                db.Orders.Add(order);
            }
            await db.SaveChangesAsync();
            done += batch;
            if (!quiet) Console.WriteLine($"orders: {done}");
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            foreach (var ((enterprise, day), (orders, gross, refunds)) in rollup)
                await SalesLedger.AddToRollupAsync(db, enterprise, day, Domain.Reporting.SalesRollup.ConsumerChannel, orders, gross, refunds, CancellationToken.None);
            await transaction.CommitAsync();
        }
    }

    /// <summary>An order as far along as its age says: two days to prepare, two more to ship, three to arrive.</summary>
    private static void Advance(Order order, TimeSpan age, DateTime paidAt, Random random)
    {
        if (age < TimeSpan.FromDays(1)) return;
        order.StartPreparing();
        if (age < TimeSpan.FromDays(2)) return;
        string[] carriers = ["CJ대한통운", "한진택배", "롯데택배", "우체국택배", "로젠택배"];
        order.Ship(carriers[random.Next(carriers.Length)], $"{random.Next(1000, 9999)}-{random.Next(1000, 9999)}-{random.Next(1000, 9999)}", paidAt.AddDays(2));
        if (age < TimeSpan.FromDays(5)) return;
        order.MarkDelivered(paidAt.AddDays(4));
        // 구매확정: most shoppers never press it, and the purchase confirms itself a week after delivery.
        if (age < TimeSpan.FromDays(12)) return;
        if (random.Next(3) == 0) order.ConfirmPurchase(paidAt.AddDays(5 + random.Next(3)));
        else order.ConfirmPurchase(paidAt.AddDays(11), automatically: true);
    }

    private static readonly string[] Family = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"];
    private static readonly string[] FamilyEn = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "han", "oh", "seo", "shin", "kwon"];
    private static readonly string[] Given = ["민준", "서연", "도윤", "지우", "하준", "서현", "은우", "수아", "지호", "하은", "현우", "예린", "준서", "다은", "시우", "유나", "건우", "채원"];
    private static readonly string[] GivenEn = ["minjun", "seoyeon", "doyun", "jiwoo", "hajun", "seohyun", "eunwoo", "sua", "jiho", "haeun", "hyunwoo", "yerin", "junseo", "daeun", "siwoo", "yuna", "gunwoo", "chaewon"];

    /// <summary>A demo shopper: a person's name and an address at the example domain (never delivered to).</summary>
    private static (string Email, string Name) DemoPerson(int n) =>
        ($"{GivenEn[n / Family.Length % Given.Length]}.{FamilyEn[n % Family.Length]}{n}@example.com", Family[n % Family.Length] + Given[n / Family.Length % Given.Length]);

    private static readonly (string PostalCode, string Road)[] Addresses =
    [
        ("04766", "서울특별시 성동구 왕십리로 222"), ("06236", "서울특별시 강남구 테헤란로 152"), ("48058", "부산광역시 해운대구 센텀중앙로 79"),
        ("41911", "대구광역시 중구 동덕로 115"), ("21554", "인천광역시 남동구 정각로 29"), ("61945", "광주광역시 서구 내방로 111"),
        ("35242", "대전광역시 서구 둔산로 100"), ("30103", "세종특별자치시 한누리대로 2130"), ("16490", "경기도 수원시 팔달구 효원로 241"),
        ("24266", "강원특별자치도 춘천시 중앙로 1"), ("28542", "충청북도 청주시 상당구 상당로 82"), ("54968", "전북특별자치도 전주시 완산구 노송광장로 10"),
        ("58564", "전라남도 무안군 삼향읍 오룡길 1"), ("37139", "경상북도 상주시 왕산로 119"), ("51154", "경상남도 창원시 의창구 중앙대로 300"),
        ("63122", "제주특별자치도 제주시 문연로 6"),
    ];

    private static ShippingAddress DemoAddress(string name, int n)
    {
        var (postal, road) = Addresses[n % Addresses.Length];
        return new ShippingAddress(name, $"010-{1000 + n % 9000:0000}-{1000 + n / 7 % 9000:0000}", postal, road, $"{n % 20 + 1}층 {n % 9 + 1}0{n % 4 + 1}호");
    }

    private static void Add(Dictionary<(int, DateOnly), (int, long, long)> rollup, int enterprise, DateOnly day, int orders, long gross, long refunds)
    {
        var (o, g, r) = rollup.GetValueOrDefault((enterprise, day));
        rollup[(enterprise, day)] = (o + orders, g + gross, r + refunds);
    }
}
