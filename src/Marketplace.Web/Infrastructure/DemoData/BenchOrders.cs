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
    public static async Task SeedAsync(IServiceProvider services, int orderTarget, int memberTarget, int seed = 11, bool quiet = false)
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
        var channels = Enum.GetValues<SignUpChannel>();
        for (var done = 0; done < memberTarget;)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var batch = Math.Min(10_000, memberTarget - done);
            for (var i = 0; i < batch; i++)
            {
                var email = $"member{done + i}-{seed}@bench.kr";
                var member = new Member(email, $"회원{done + i}", now - span * random.NextDouble(), channels[Math.Min(random.Next(10), channels.Length - 1)])
                {
                    NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString("N"),
                };
                var kind = random.Next(100);
                if (kind < 3 && enterprises.Count > 0) member.JoinEnterprise(enterprises[random.Next(enterprises.Count)]);
                else if (kind < 6 && institutions.Count > 0) member.JoinInstitution(institutions[random.Next(institutions.Count)]);
                db.Users.Add(member);
                memberIds.Add(member.Id);
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
                var paidAt = now - span * random.NextDouble();
                var payment = new Payment(Guid.NewGuid(), member, "simulated", new Won(product.Price * quantity), paidAt.AddMinutes(-3), paidAt.AddMinutes(27));
                payment.MarkPaid(null, paidAt);
                var order = new Order(payment.Id, member, product.EnterpriseId, address, paidAt.AddMinutes(-3));
                order.AddLine(product.Id, product.Name, new Won(product.Price), quantity);
                order.MarkPaid(paidAt);
                order.AttributeSocialValue(figures.GetValueOrDefault((product.EnterpriseId, KoreaTime.ToKorea(paidAt).Year)));
                Add(rollup, product.EnterpriseId, KoreaTime.DayOf(paidAt), 1, order.TotalWon, 0);
                if (random.Next(20) == 0)
                {
                    order.MarkRefunded(paidAt.AddDays(1));
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

    private static void Add(Dictionary<(int, DateOnly), (int, long, long)> rollup, int enterprise, DateOnly day, int orders, long gross, long refunds)
    {
        var (o, g, r) = rollup.GetValueOrDefault((enterprise, day));
        rollup[(enterprise, day)] = (o + orders, g + gross, r + refunds);
    }
}
