using System.Net;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Features.Seller.Sales;
using Marketplace.Web.Features.Shop.Orders;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Seller.Sales;

/// <summary>Sales figures and settlement against amounts worked out by hand, on Korean dates.</summary>
public class SalesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(int OrderId, string MemberId)> PaidOrderAsync(int productId, int quantity)
    {
        var member = await app.NewMemberAsync();
        await app.AddToCartAsync(member, productId, quantity);
        var started = await app.CheckoutAsync(member);
        await app.SendAsync(new ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved", started.PaymentId, ApplyPaymentOutcome.Outcome.Paid));
        var order = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.PaymentId == started.PaymentId).Select(o => o.Id).SingleAsync());
        return (order, member);
    }

    private void SetClock(DateTimeOffset at) => app.Clock.Advance(at - app.Clock.GetUtcNow());

    [Fact]
    public async Task Sales_fall_on_korean_days_refunds_are_netted_and_the_statement_keeps_its_rate()
    {
        var enterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users
            .Where(u => u.Email == "seller2@demo.kr").Select(u => u.EnterpriseId!.Value).SingleAsync());
        var product = await app.ProductWithStockAsync(100, 10_000, enterprise);
        try
        {
            // 2026-10-31 23:50 KST: October. 2026-11-01 00:10 KST (still October 31 in UTC): November.
            SetClock(new DateTimeOffset(2026, 10, 31, 14, 50, 0, TimeSpan.Zero));
            var (october20k, buyer) = await PaidOrderAsync(product, 2); // 20,000 in October, delivered and confirmed at 23:55 KST
            await app.AdvanceOrderAsync(october20k, Web.Features.Seller.Orders.SellerOrders.Step.Deliver);
            SetClock(new DateTimeOffset(2026, 10, 31, 14, 55, 0, TimeSpan.Zero));
            Assert.True(await app.SendAsync(new ConfirmPurchase.Command(buyer, october20k)));
            SetClock(new DateTimeOffset(2026, 10, 31, 15, 10, 0, TimeSpan.Zero));
            var (refundedOrder, shopper) = await PaidOrderAsync(product, 3); // 30,000 in November...
            await PaidOrderAsync(product, 1);                 // 10,000 in November
            SetClock(new DateTimeOffset(2026, 11, 2, 3, 0, 0, TimeSpan.Zero));
            await app.SendAsync(new CancelOrder.Command(shopper, refundedOrder, "ChangedMind", true)); // ...refunded on November 2

            var october = await app.SendAsync(new SellerSales.Query(enterprise, 2026, 10));
            Assert.Equal(20_000, october.Gross);
            Assert.Equal(0, october.Refunds);
            Assert.Equal("2026-10-31", Assert.Single(october.Rows).Period);

            var november = await app.SendAsync(new SellerSales.Query(enterprise, 2026, 11));
            Assert.Equal(40_000, november.Gross);
            Assert.Equal(30_000, november.Refunds);
            Assert.Equal(10_000, november.Net);
            Assert.Equal(["2026-11-01", "2026-11-02"], november.Rows.Select(r => r.Period));
            Assert.Equal(1, Assert.Single(november.TopProducts).Units); // the refunded 3 do not count
            Assert.False(november.Statement!.Issued); // November is not over

            var year = await app.SendAsync(new SellerSales.Query(enterprise, 2026, null));
            Assert.Equal(["2026-10", "2026-11"], year.Rows.Select(r => r.Period));
            Assert.Equal(30_000, year.Net);

            // October is over: its statement is issued at 3% and kept. It settles the shipping too: this seller
            // charges 3,000 under 30,000, so the 20,000 confirmed in October was 23,000 paid.
            var statement = october.Statement!;
            Assert.True(statement.Issued);
            Assert.Equal(23_000, statement.Gross);
            Assert.Equal(690, statement.Commission);
            Assert.Equal(22_310, statement.Payable);
            Assert.Equal(3_000, october.Shipping);
            Assert.Equal(1, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().SettlementStatements
                .CountAsync(s => s.EnterpriseId == enterprise && s.Year == 2026 && s.Month == 10)));
            Assert.Equal(statement, (await app.SendAsync(new SellerSales.Query(enterprise, 2026, 10))).Statement);

            using var client = app.CreateBrowserlikeClient();
            await Html.PostFormAsync(client, "/account/login", new Dictionary<string, string> { ["Email"] = "seller2@demo.kr", ["Password"] = "Demo1234!" });
            var csv = await client.GetStringAsync("/seller/sales/statements/2026-10.csv");
            Assert.Contains("2026,10,23000,0,23000,0.03,690,22310,yes", csv);
            Assert.Contains("2026-10-31,Consumer,1,20000,0,20000,3000", csv);
            Assert.Contains("10,000원", await client.GetStringAsync("/seller/sales?year=2026&month=11"));
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/seller/sales?year=2026&month=13")).StatusCode);
        }
        finally
        {
            SetClock(DateTimeOffset.UtcNow);
        }
    }
}
