using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Seller.Orders;
using Marketplace.Web.Features.Seller.Sales;
using Marketplace.Web.Features.Shop.Orders;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop.Orders;

/// <summary>구매확정: by the shopper once delivered, or by itself seven days after delivery; settlement counts the month
/// of confirmation (KST), not of payment.</summary>
public class PurchaseConfirmationTests
{
    private static Task<Order> OrderAsync(AppFactory app, int id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.AsNoTracking().SingleAsync(o => o.Id == id));

    private static void SetClock(AppFactory app, DateTimeOffset at) => app.Clock.Advance(at - app.Clock.GetUtcNow());

    [Fact]
    public async Task The_shopper_confirms_a_delivered_purchase_and_no_one_else_can()
    {
        using var app = new AppFactory();
        var member = await app.NewMemberAsync();
        var order = await app.PaidOrderAsync(member);
        var early = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new ConfirmPurchase.Command(member, order)));
        Assert.Equal(ErrorCodes.InvalidStatusChange, early.Code);

        await app.AdvanceOrderAsync(order, SellerOrders.Step.Deliver);
        Assert.False(await app.SendAsync(new ConfirmPurchase.Command(await app.NewMemberAsync(), order)));
        Assert.True(await app.SendAsync(new ConfirmPurchase.Command(member, order)));

        var confirmed = await OrderAsync(app, order);
        Assert.Equal((OrderStatus.Confirmed, false), (confirmed.Status, confirmed.ConfirmedAutomatically));
        Assert.NotNull(confirmed.ConfirmedAtUtc);
        var page = await app.SendAsync(new MyOrders.DetailQuery(member, order));
        Assert.Equal(OrderStatus.Confirmed, page!.Order.Status);
        Assert.Null(page.ConfirmsItselfAtUtc);
    }

    [Fact]
    public async Task A_delivered_purchase_confirms_itself_seven_days_after_delivery_and_settles_in_the_korean_month_of_confirmation()
    {
        using var app = new AppFactory();
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var product = await app.ProductWithStockAsync(50, 10_000, enterprise);
        try
        {
            // Delivered on 2026-10-25 01:00 KST (24 October in UTC).
            SetClock(app, new DateTimeOffset(2026, 10, 24, 15, 0, 0, TimeSpan.Zero));
            var shopper = await app.NewMemberAsync();
            var itself = await app.PaidOrderOfAsync(shopper, product, 3);            // 30,000: confirms itself
            var byHand = await app.PaidOrderOfAsync(await app.NewMemberAsync(), product, 1); // 10,000: the shopper confirms it in October
            await app.AdvanceOrderAsync(itself, SellerOrders.Step.Deliver);
            await app.AdvanceOrderAsync(byHand, SellerOrders.Step.Deliver);
            var detail = await app.SendAsync(new MyOrders.DetailQuery(shopper, itself));
            // Seven days after delivery (the test clock moves on by the seconds the steps take).
            Assert.Equal(new DateTime(2026, 10, 31, 15, 0, 0, DateTimeKind.Utc), detail!.ConfirmsItselfAtUtc!.Value, TimeSpan.FromMinutes(1));

            // Six days on, nothing confirms itself.
            SetClock(app, new DateTimeOffset(2026, 10, 30, 15, 0, 0, TimeSpan.Zero));
            Assert.Equal(0, await app.SendAsync(new ConfirmDeliveredPurchases.Command()));
            var buyer2 = (await OrderAsync(app, byHand)).MemberId;
            SetClock(app, new DateTimeOffset(2026, 10, 31, 14, 30, 0, TimeSpan.Zero)); // 23:30 KST, October
            Assert.True(await app.SendAsync(new ConfirmPurchase.Command(buyer2, byHand)));

            // 2026-11-01 00:30 KST (still 31 October in UTC): seven days are over; it confirms itself, in November.
            SetClock(app, new DateTimeOffset(2026, 10, 31, 15, 30, 0, TimeSpan.Zero));
            Assert.Equal(1, await app.SendAsync(new ConfirmDeliveredPurchases.Command()));
            var confirmed = await OrderAsync(app, itself);
            Assert.Equal((OrderStatus.Confirmed, true), (confirmed.Status, confirmed.ConfirmedAutomatically));

            // Both were paid in October; October's statement holds the one confirmed in October, November's the other.
            var october = (await app.SendAsync(new SellerSales.Query(enterprise, 2026, 10))).Statement!;
            Assert.Equal((10_000L, 0L, 300L, 9_700L, true), (october.Gross, october.Refunds, october.Commission, october.Payable, october.Issued));
            var november = (await app.SendAsync(new SellerSales.Query(enterprise, 2026, 11))).Statement!;
            Assert.Equal((30_000L, false), (november.Gross, november.Issued));
            // The sales report stays by payment: both are October's consumer sales.
            var report = await app.SendAsync(new SellerSales.Query(enterprise, 2026, 10));
            Assert.Equal(40_000, report.Rows.Where(r => r.Channel == SellerSales.Channel.Consumer).Sum(r => r.Gross));
        }
        finally
        {
            SetClock(app, DateTimeOffset.UtcNow);
        }
    }
}
