using Marketplace.Domain.Common;
using Marketplace.Domain.Reporting;
using System.Net;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Admin.Dashboards;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Features.Shop.Orders;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Admin;

public class OperatorConsoleTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<T> Db<T>(Func<MarketplaceDbContext, Task<T>> read) => app.WithScopeAsync(sp => read(sp.GetRequiredService<MarketplaceDbContext>()));

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = app.CreateBrowserlikeClient();
        var response = await Html.PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Demo1234!" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private async Task<Guid> PaidAsync(string member, int product, int quantity)
    {
        await app.AddToCartAsync(member, product, quantity);
        var started = await app.CheckoutAsync(member);
        await app.SendAsync(new ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved", started.PaymentId, ApplyPaymentOutcome.Outcome.Paid));
        return started.PaymentId;
    }

    [Fact]
    public async Task The_sales_rollup_equals_a_full_recount_after_orders_refunds_and_cancellations()
    {
        var enterprises = await Db(db => db.Products.Where(p => p.Status == Domain.Catalog.ProductStatus.Published)
            .Select(p => p.EnterpriseId).Distinct().OrderBy(id => id).Take(3).ToListAsync());
        var products = new List<int>();
        foreach (var e in enterprises) products.Add(await app.ProductWithStockAsync(100, 1_000 * (products.Count + 3), e));

        var shopper = await app.NewMemberAsync();
        var multi = await app.NewMemberAsync();
        await app.AddToCartAsync(multi, products[0], 2);
        await app.AddToCartAsync(multi, products[1], 1);
        var multiPayment = (await app.CheckoutAsync(multi)).PaymentId;              // two orders, one payment
        await app.SendAsync(new ApplyPaymentOutcome.Command("evt_multi", "checkout.session.completed", multiPayment, ApplyPaymentOutcome.Outcome.Paid, "pi_multi"));
        var cancelled = await PaidAsync(shopper, products[2], 3);                     // paid, then cancelled by the shopper
        var cancelledOrder = await Db(db => db.Orders.Where(o => o.PaymentId == cancelled).Select(o => o.Id).SingleAsync());
        await app.SendAsync(new CancelOrder.Command(shopper, cancelledOrder, "ChangedMind", true));
        var refunded = await PaidAsync(shopper, products[0], 1);                      // refunded in full by the gateway
        var amount = await Db(db => db.Payments.Where(p => p.Id == refunded).Select(p => p.AmountWon).SingleAsync());
        await app.SendAsync(new ApplyPaymentOutcome.Command("evt_refund_full", "charge.refunded", refunded, ApplyPaymentOutcome.Outcome.RefundedTotal, null, amount));
        await app.AddToCartAsync(shopper, products[1], 4);
        var abandoned = (await app.CheckoutAsync(shopper)).PaymentId;                 // never paid: expired
        await app.SendAsync(new ApplyPaymentOutcome.Command("evt_expired", "checkout.session.expired", abandoned, ApplyPaymentOutcome.Outcome.Expired));
        await PaidAsync(shopper, products[1], 1);                                      // an ordinary sale
        await app.SendAsync(new ApplyPaymentOutcome.Command("evt_multi", "checkout.session.completed", multiPayment, ApplyPaymentOutcome.Outcome.Paid, "pi_multi")); // a replay

        var orders = await Db(db => db.Orders.AsNoTracking().ToListAsync());
        var recount = orders.Where(o => o.PaidAtUtc is not null)
            .Select(o => (o.EnterpriseId, Day: KoreaTime.DayOf(o.PaidAtUtc!.Value), Orders: 1, Gross: o.TotalWon, Refunds: 0L))
            .Concat(orders.Where(o => o.Status == OrderStatus.Refunded).Select(o => (o.EnterpriseId, Day: KoreaTime.DayOf(o.CancelledAtUtc!.Value), Orders: 0, Gross: 0L, Refunds: o.TotalWon)))
            .GroupBy(x => (x.EnterpriseId, x.Day))
            .ToDictionary(g => g.Key, g => (Orders: g.Sum(x => x.Orders), Gross: g.Sum(x => x.Gross), Refunds: g.Sum(x => x.Refunds)));
        // Card sales here; the demo's procurement sales have their own channel.
        var rollup = await Db(db => db.SalesRollups.AsNoTracking().Where(r => r.Channel == SalesRollup.ConsumerChannel).ToListAsync());

        Assert.Equal(recount.Count, rollup.Count);
        foreach (var r in rollup) Assert.Equal(recount[(r.EnterpriseId, r.Day)], (r.Orders, r.GrossWon, r.RefundsWon));
        Assert.Equal(5, rollup.Sum(r => r.Orders));
        Assert.True(rollup.Sum(r => r.RefundsWon) > 0);

        var today = KoreaTime.DayOf(DateTime.UtcNow);
        var report = (await app.SendAsync(new SalesByEnterprise.Query(today.AddDays(-30), today.AddDays(1))))!;
        var procurement = await Db(db => db.SalesRollups.Where(r => r.Channel == SalesRollup.ProcurementChannel && r.Day >= today.AddDays(-30)).SumAsync(r => r.GrossWon));
        Assert.True(procurement > 0);
        Assert.Equal(rollup.Sum(r => r.GrossWon) - rollup.Sum(r => r.RefundsWon) + procurement, report.Net);
        Assert.Contains(report.Ranking, r => r.Channel == SalesRollup.ProcurementChannel);
    }

    [Fact]
    public async Task Sign_ups_are_counted_on_korean_days_by_kind_and_channel_with_a_running_total()
    {
        // A quiet year of the past, so that only these members are in it.
        async Task Add(DateTime signedUpUtc, SignUpChannel channel, Action<Member>? link = null)
        {
            await app.WithScopeAsync(async sp =>
            {
                var users = sp.GetRequiredService<UserManager<Member>>();
                var member = new Member($"m-{Guid.NewGuid():N}@test.kr", "회원", signedUpUtc, channel);
                link?.Invoke(member);
                Assert.True((await users.CreateAsync(member, "Test-12345!")).Succeeded);
                return 0;
            });
        }
        var institution = await Db(db => db.Institutions.Select(i => i.Id).FirstAsync());
        await Add(new DateTime(2019, 12, 31, 14, 59, 0, DateTimeKind.Utc), SignUpChannel.Direct);        // 2019-12-31 23:59 KST
        await Add(new DateTime(2019, 12, 31, 15, 0, 0, DateTimeKind.Utc), SignUpChannel.Direct);         // 2020-01-01 00:00 KST
        await Add(new DateTime(2020, 1, 15, 3, 0, 0, DateTimeKind.Utc), SignUpChannel.Invitation, m => m.JoinInstitution(institution));
        await Add(new DateTime(2020, 2, 29, 20, 0, 0, DateTimeKind.Utc), SignUpChannel.EnterprisePage);  // 2020-03-01 05:00 KST

        var report = await app.SendAsync(new MemberSignUps.Query(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), Grain.Month));

        Assert.Equal(3, report.Total);
        Assert.Equal(["2020-01", "2020-03"], report.Rows.Select(r => r.Period));
        var january = report.Rows[0];
        Assert.Equal(2, january.New);
        Assert.Equal(1, january.ByKind[MemberSignUps.Kind.InstitutionMember]);
        Assert.Equal(1, january.ByChannel[SignUpChannel.Invitation]);
        Assert.Equal(report.Before + 3, report.Rows[^1].Cumulative);
        var byYear = await app.SendAsync(new MemberSignUps.Query(new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31), Grain.Year));
        Assert.Equal([("2019", 1), ("2020", 3)], byYear.Rows.Select(r => (r.Period, r.New)));

        using var admin = await SignInAsync("admin@demo.kr");
        var csv = await admin.GetStringAsync("/admin/members.csv?from=2020-01-01&to=2020-12-31&grain=Month");
        Assert.Contains("2020-01,2,1,1,0,1,1,0,0,", csv);
        var page = await admin.GetStringAsync("/admin/members?from=2020-01-01&to=2020-12-31&grain=Week");
        Assert.Contains("<svg", page);
        Assert.Contains("2020-W01", page);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/members?from=2020-12-31&to=2020-01-01")).StatusCode);
    }

    [Fact]
    public async Task Only_operators_reach_the_console()
    {
        var pages = new[] { "/admin/enterprises", "/admin/institutions", "/admin/listings", "/admin/members", "/admin/sales", "/admin/settings", "/admin/audit", "/admin/members.csv", "/admin/sales.csv" };
        using var visitor = app.CreateBrowserlikeClient();
        using var seller = await SignInAsync("seller@demo.kr");
        using var buyer = await SignInAsync("buyer@demo.kr");
        using var admin = await SignInAsync("admin@demo.kr");
        foreach (var page in pages)
        {
            Assert.Contains("/account/login", (await visitor.GetAsync(page)).Headers.Location!.OriginalString);
            Assert.Contains("/account/denied", (await seller.GetAsync(page)).Headers.Location!.OriginalString);
            Assert.Contains("/account/denied", (await buyer.GetAsync(page)).Headers.Location!.OriginalString);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(page)).StatusCode);
        }
    }

    [Fact]
    public async Task A_changed_commission_rate_applies_from_then_on_and_every_decision_is_audited()
    {
        using var admin = await SignInAsync("admin@demo.kr");
        var refused = await Html.PostFormAsync(admin, "/admin/settings", new Dictionary<string, string> { ["key"] = "CommissionRate", ["value"] = "0.9" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Html.PostFormAsync(admin, "/admin/settings", new Dictionary<string, string> { ["key"] = "CommissionRate", ["value"] = "0.05" })).StatusCode);
        Assert.Contains("0.05", await admin.GetStringAsync("/admin/settings"));

        var institution = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var pending = new Domain.Institutions.Institution("테스트 시청", $"T{Random.Shared.Next(100000, 999999)}",
                Domain.Common.BusinessRegistrationNumber.Parse("1234567891"), Domain.Common.Region.Busan, DateTime.UtcNow);
            db.Institutions.Add(pending);
            await db.SaveChangesAsync();
            return pending.Id;
        });
        var queue = await admin.GetStringAsync("/admin/institutions");
        Assert.Contains("테스트 시청", queue);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/admin/institutions/{institution}/decide", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["decision"] = "Approve", ["__RequestVerificationToken"] = Html.AntiforgeryToken(queue) }))).StatusCode);

        var entries = await Db(db => db.AuditEntries.AsNoTracking().ToListAsync());
        Assert.Contains(entries, e => e.Action == "PlatformSetting.Added" && e.SubjectId == "CommissionRate" && e.After.Contains("0.05"));
        Assert.Contains(entries, e => e.Action == "Institution.Approved" && e.SubjectId == institution.ToString());
        Assert.DoesNotContain(entries, e => e.After.Contains("0.9"));

        // The next statement issued uses 5%.
        var enterprise = await Db(db => db.Users.Where(u => u.Email == "seller@demo.kr").Select(u => u.EnterpriseId!.Value).SingleAsync());
        var statement = (await app.SendAsync(new Web.Features.Seller.Sales.SellerSales.Query(enterprise, 2021, 3))).Statement!;
        Assert.Equal(0.05m, statement.CommissionRate);
    }

    [Fact]
    public async Task The_sign_up_rollup_equals_a_recount_of_members_after_sign_ups_links_and_removals()
    {
        var added = await app.NewMemberAsync();
        var linked = await app.NewMemberAsync();
        var removed = await app.NewMemberAsync();
        var institution = await Db(db => db.Institutions.Select(i => i.Id).FirstAsync());
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var member = (await users.FindByIdAsync(linked))!;
            member.JoinInstitution(institution);
            await users.UpdateAsync(member);
            await users.DeleteAsync((await users.FindByIdAsync(removed))!);
            return 0;
        });

        var members = await Db(db => db.Users.AsNoTracking().Select(u => new { u.SignedUpAtUtc, u.EnterpriseId, u.InstitutionId, u.SignUpChannel }).ToListAsync());
        var recount = members
            .GroupBy(m => (Day: KoreaTime.DayOf(m.SignedUpAtUtc), Kind: Domain.Reporting.SignUpRollup.KindOf(m.EnterpriseId, m.InstitutionId), Channel: m.SignUpChannel.ToString()))
            .ToDictionary(g => g.Key, g => g.Count());
        var rollup = (await Db(db => db.SignUpRollups.AsNoTracking().ToListAsync())).Where(r => r.Members != 0)
            .ToDictionary(r => (r.Day, r.Kind, r.Channel), r => r.Members);

        Assert.Equal(recount.OrderBy(kv => kv.Key.ToString()), rollup.OrderBy(kv => kv.Key.ToString()));
    }
}
