using System.Net;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Procurement;

/// <summary>Who reaches what in procurement, over HTTP with the demo accounts: institution A never sees
/// institution B's requests, orders, invoices or results; enterprises see only what is addressed to
/// them and approved; consumers and enterprise staff never reach institution pages.</summary>
public class ProcurementIsolationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Demo(int InstitutionA, int InstitutionB, PurchaseOrder[] Orders, QuoteRequest[] Requests, Dictionary<int, int> InvoiceOf,
        int SellerEnterprise, int Seller2Enterprise);

    private Task<Demo> DemoAsync() => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<MarketplaceDbContext>();
        var a = await db.Users.Where(u => u.Email == "buyer@demo.kr").Select(u => u.InstitutionId!.Value).SingleAsync();
        var b = await db.Users.Where(u => u.Email == "buyer2@demo.kr").Select(u => u.InstitutionId!.Value).SingleAsync();
        return new Demo(a, b,
            await db.PurchaseOrders.AsNoTracking().Where(o => o.InstitutionId == a || o.InstitutionId == b).ToArrayAsync(),
            await db.QuoteRequests.AsNoTracking().Where(r => r.InstitutionId == a || r.InstitutionId == b).ToArrayAsync(),
            await db.Invoices.ToDictionaryAsync(i => i.PurchaseOrderId, i => i.Id),
            await app.EnterpriseOfAsync("seller@demo.kr"), await app.EnterpriseOfAsync("seller2@demo.kr"));
    });

    [Fact]
    public async Task The_demo_has_orders_of_both_institutions_in_several_states()
    {
        var demo = await DemoAsync();
        Assert.True(demo.Orders.Where(o => o.InstitutionId == demo.InstitutionA).Select(o => o.Status).Distinct().Count() >= 4);
        Assert.True(demo.Orders.Where(o => o.InstitutionId == demo.InstitutionB).Select(o => o.Status).Distinct().Count() >= 4);
        Assert.Contains(demo.Requests, r => r.InstitutionId == demo.InstitutionB);
    }

    [Fact]
    public async Task Institution_a_gets_404_for_every_id_of_institution_b_and_the_other_way_round()
    {
        var demo = await DemoAsync();
        using var buyerA = await app.SignedInAsync("buyer@demo.kr");
        using var approverA = await app.SignedInAsync("approver@demo.kr");
        using var buyerB = await app.SignedInAsync("buyer2@demo.kr");
        var ownA = demo.Orders.First(o => o.InstitutionId == demo.InstitutionA).Id;

        foreach (var (client, own, foreignInstitution) in new[] { (buyerA, demo.InstitutionA, demo.InstitutionB), (buyerB, demo.InstitutionB, demo.InstitutionA) })
        {
            foreach (var order in demo.Orders.Where(o => o.InstitutionId == foreignInstitution))
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/procurement/orders/{order.Id}")).StatusCode);
            foreach (var request in demo.Requests.Where(r => r.InstitutionId == foreignInstitution))
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/procurement/quotes/{request.Id}")).StatusCode);
            var list = await client.GetStringAsync("/procurement/orders");
            foreach (var order in demo.Orders)
                Assert.Equal(order.InstitutionId == own, list.Contains($">{order.Number}<"));
        }

        // Changes to B's orders by A's people: not found, nothing changed.
        var pendingB = demo.Orders.First(o => o.InstitutionId == demo.InstitutionB && o.Status == PurchaseOrderStatus.PendingApproval);
        var deliveredB = demo.Orders.First(o => o.InstitutionId == demo.InstitutionB && o.Status == PurchaseOrderStatus.Delivered);
        var openB = demo.Requests.First(r => r.InstitutionId == demo.InstitutionB);
        var from = $"/procurement/orders/{ownA}";
        Assert.Equal(HttpStatusCode.NotFound, (await Html.PostFormAsync(approverA, $"/procurement/orders/{pendingB.Id}/approve", new Dictionary<string, string>(), from)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Html.PostFormAsync(approverA, $"/procurement/orders/{pendingB.Id}/reject", new Dictionary<string, string> { ["reason"] = "x" }, from)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Html.PostFormAsync(buyerA, $"/procurement/orders/{deliveredB.Id}/inspect", new Dictionary<string, string>(), from)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Html.PostFormAsync(buyerA, $"/procurement/quotes/{openB.Id}/accept", new Dictionary<string, string> { ["quoteId"] = "1" }, from)).StatusCode);
        var after = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().PurchaseOrders.AsNoTracking()
            .Where(o => o.Id == pendingB.Id || o.Id == deliveredB.Id).ToDictionaryAsync(o => o.Id, o => o.Status));
        Assert.Equal((PurchaseOrderStatus.PendingApproval, PurchaseOrderStatus.Delivered), (after[pendingB.Id], after[deliveredB.Id]));

        // Results: each institution's file names itself only.
        var year = Marketplace.Domain.Common.KoreaTime.Today(app.Clock).Year;
        var names = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Institutions.ToDictionaryAsync(i => i.Id, i => i.Name));
        var reportA = await buyerA.GetStringAsync($"/procurement/reports/{year}.csv");
        Assert.Contains(names[demo.InstitutionA], reportA);
        Assert.DoesNotContain(names[demo.InstitutionB], reportA);
    }

    [Fact]
    public async Task Enterprises_see_only_approved_orders_and_requests_addressed_to_them()
    {
        var demo = await DemoAsync();
        using var seller = await app.SignedInAsync("seller@demo.kr");
        using var seller2 = await app.SignedInAsync("seller2@demo.kr");
        var visible = demo.Orders.Where(o => o.EnterpriseId == demo.SellerEnterprise && o.IsVisibleToEnterprise).ToList();
        var waiting = demo.Orders.First(o => o.EnterpriseId == demo.SellerEnterprise && o.Status == PurchaseOrderStatus.PendingApproval);
        Assert.NotEmpty(visible);
        foreach (var order in visible)
        {
            Assert.Equal(HttpStatusCode.OK, (await seller.GetAsync($"/seller/procurement/orders/{order.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await seller2.GetAsync($"/seller/procurement/orders/{order.Id}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await seller.GetAsync($"/seller/procurement/orders/{waiting.Id}")).StatusCode);
        Assert.DoesNotContain($">{waiting.Number}<", await seller.GetStringAsync("/seller/procurement/orders"));

        var placed = demo.Orders.First(o => o.EnterpriseId == demo.SellerEnterprise && o.Status == PurchaseOrderStatus.Placed);
        var from = "/seller/procurement/orders";
        Assert.Equal(HttpStatusCode.NotFound, (await Html.PostFormAsync(seller2, $"/seller/procurement/orders/{placed.Id}/confirm", new Dictionary<string, string>(), from)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Html.PostFormAsync(seller, $"/seller/procurement/orders/{waiting.Id}/confirm", new Dictionary<string, string>(), from)).StatusCode);
        var invoiced = visible.First(o => demo.InvoiceOf.ContainsKey(o.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await Html.PostFormAsync(seller2, $"/seller/procurement/invoices/{demo.InvoiceOf[invoiced.Id]}/payments", new Dictionary<string, string>
        {
            ["orderId"] = invoiced.Id.ToString(), ["paidOn"] = "2026-01-01", ["amount"] = "1", ["reference"] = "x",
        }, from)).StatusCode);

        var requests = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().QuoteRequests.AsNoTracking().Include(r => r.Items).ToListAsync());
        foreach (var request in requests)
        {
            var expected = request.IsAddressedTo(demo.SellerEnterprise) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
            Assert.Equal(expected, (await seller.GetAsync($"/seller/procurement/quotes/{request.Id}")).StatusCode);
        }
        Assert.Contains(requests, r => !r.IsAddressedTo(demo.SellerEnterprise));

        // The seller center counts what waits on each enterprise, and only its own.
        var home = await seller.GetStringAsync("/seller");
        Assert.Contains($"purchase-orders-to-handle\">처리할 주문 {demo.Orders.Count(o => o.EnterpriseId == demo.SellerEnterprise && o.Status is PurchaseOrderStatus.Placed or PurchaseOrderStatus.Confirmed or PurchaseOrderStatus.PartlyShipped)}건", home);
        Assert.Contains("quotes-to-answer\">답할 요청 0건", home); // its open request is answered
        Assert.Contains("quotes-to-answer\">답할 요청 1건", await seller2.GetStringAsync("/seller"));
    }

    [Fact]
    public async Task Consumers_and_enterprise_staff_cannot_reach_institution_pages_nor_buyers_approve()
    {
        var demo = await DemoAsync();
        var pending = demo.Orders.First(o => o.InstitutionId == demo.InstitutionA && o.Status == PurchaseOrderStatus.PendingApproval);
        string[] pages = ["/procurement/orders", $"/procurement/orders/{pending.Id}", "/procurement/quotes", "/procurement/quotes/new", "/procurement/reports", "/procurement/products"];
        using var anonymous = app.CreateBrowserlikeClient();
        foreach (var email in new[] { "consumer@demo.kr", "seller@demo.kr", "admin@demo.kr" })
        {
            using var client = await app.SignedInAsync(email);
            foreach (var page in pages)
            {
                var response = await client.GetAsync(page);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
            }
        }
        foreach (var page in pages)
            Assert.StartsWith("/account/login", (await anonymous.GetAsync(page)).Headers.Location!.PathAndQuery);

        using var buyer = await app.SignedInAsync("buyer@demo.kr");
        var approve = await Html.PostFormAsync(buyer, $"/procurement/orders/{pending.Id}/approve", new Dictionary<string, string>(), $"/procurement/orders/{pending.Id}");
        Assert.StartsWith("/account/denied", approve.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await buyer.GetAsync("/seller/procurement/orders")).StatusCode);

        // Without the antiforgery token a state change is refused.
        using var approver = await app.SignedInAsync("approver@demo.kr");
        var forged = await approver.PostAsync($"/procurement/orders/{pending.Id}/approve", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(PurchaseOrderStatus.PendingApproval, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().PurchaseOrders
            .Where(o => o.Id == pending.Id).Select(o => o.Status).SingleAsync()));
    }
}
