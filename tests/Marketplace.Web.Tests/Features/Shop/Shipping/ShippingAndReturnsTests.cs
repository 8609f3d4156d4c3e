using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Features.Seller.Orders;
using Marketplace.Web.Features.Seller.Returns;
using Marketplace.Web.Features.Seller.Sales;
using Marketplace.Web.Features.Seller.Shipping;
using Marketplace.Web.Features.Shop.Cart;
using Marketplace.Web.Features.Shop.Checkout;
using Marketplace.Web.Features.Shop.Orders;
using Marketplace.Web.Features.Shop.Returns;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Payments;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop.Shipping;

/// <summary>Shipping fees per enterprise, worked by hand, and returns refunded in part by the rule of who pays the trip.</summary>
public class ShippingAndReturnsTests
{
    private const string Jeju = "63123";

    private static void SetClock(AppFactory app, DateTimeOffset at) => app.Clock.Advance(at - app.Clock.GetUtcNow());

    /// <summary>Enterprise A: 3,000 a parcel, free from 30,000, 제주 +3,000. Enterprise B: 2,500, free from 20,000, 제주 +4,000.</summary>
    private static async Task<(int A, int B)> TwoEnterprisesAsync(AppFactory app)
    {
        var a = await app.EnterpriseOfAsync("seller@demo.kr");
        var b = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .Where(p => p.Status == Domain.Catalog.ProductStatus.Published && p.EnterpriseId != a).Select(p => p.EnterpriseId).FirstAsync());
        await app.SendAsync(new ShippingPolicyForm.Save(a, new() { BaseFee = 3_000, FreeOver = 30_000, JejuExtra = 3_000, IslandExtra = 5_000 }));
        await app.SendAsync(new ShippingPolicyForm.Save(b, new() { BaseFee = 2_500, FreeOver = 20_000, JejuExtra = 4_000, IslandExtra = 6_000 }));
        return (a, b);
    }

    private static StartCheckout.Form JejuAddress(long totalShown)
    {
        var form = Shoppers.Address();
        form.PostalCode = Jeju;
        form.RoadAddress = "제주특별자치도 제주시 문연로 6";
        form.TotalShown = totalShown;
        return form;
    }

    private static async Task<List<Order>> PayAsync(AppFactory app, string member, StartCheckout.Form form)
    {
        var started = await app.SendAsync(new StartCheckout.Command(member, "shopper@test.kr", form));
        await app.SendAsync(new ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved", started.PaymentId, ApplyPaymentOutcome.Outcome.Paid));
        return await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Include(o => o.Lines).AsNoTracking()
            .Where(o => o.PaymentId == started.PaymentId).OrderBy(o => o.Id).ToListAsync());
    }

    private static Task<Payment> PaymentOfAsync(AppFactory app, Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Payments.AsNoTracking().SingleAsync(p => p.Id == id));

    private static async Task<ReturnRequest> ReturnAsync(AppFactory app, string member, Order order, ReturnReason reason, int quantity)
    {
        var line = order.Lines.Single();
        var id = await app.SendAsync(new RequestReturn.Command(member, order.Id, new RequestReturn.Form
        {
            Kind = ReturnKind.Return, Reason = reason, Details = "", Quantities = new() { [line.Id] = quantity },
        }));
        Assert.True(await app.SendAsync(new AcceptReturn.Command(order.EnterpriseId, id!.Value, "CJ대한통운", "5555-1111-2222")));
        Assert.True(await app.SendAsync(new CompleteReturn.Command(order.EnterpriseId, id.Value)));
        return await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().ReturnRequests.AsNoTracking().SingleAsync(r => r.Id == id));
    }

    [Fact]
    public async Task A_cart_from_two_enterprises_pays_each_ones_shipping_and_the_jeju_extra_once_the_address_is_known()
    {
        using var app = new AppFactory();
        var (a, b) = await TwoEnterprisesAsync(app);
        var jam = await app.ProductWithStockAsync(20, 12_000, a);
        var soap = await app.ProductWithStockAsync(20, 7_000, b);
        var member = await app.NewMemberAsync();
        await app.AddToCartAsync(member, jam, 2);  // A: 24,000, under 30,000: 3,000 shipping, 6,000 short of free
        await app.AddToCartAsync(member, soap, 3); // B: 21,000, over 20,000: free

        var cart = await app.SendAsync(new ViewCart.Query(new CartOwner(member, null)));
        var groupA = cart.Groups.Single(g => g.EnterpriseId == a);
        var groupB = cart.Groups.Single(g => g.EnterpriseId == b);
        Assert.Equal((24_000L, 3_000L, 0L, (long?)6_000), (groupA.Subtotal.Amount, groupA.Shipping.FeeWon, groupA.Shipping.RemoteWon, groupA.Shipping.ShortOfFreeWon));
        Assert.Equal((21_000L, 0L, true, (long?)null), (groupB.Subtotal.Amount, groupB.Shipping.FeeWon, groupB.Shipping.FreeShippingApplied, groupB.Shipping.ShortOfFreeWon));
        Assert.Equal(48_000, cart.Total.Amount); // 24,000 + 3,000 + 21,000

        // The page showed 48,000 before the 제주 postcode was typed: the shopper is told of the 7,000 extra and asked again.
        var told = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new StartCheckout.Command(member, "shopper@test.kr", JejuAddress(48_000))));
        Assert.Contains("7,000원", told.Errors.Single().Message);
        Assert.Contains("55,000원", told.Errors.Single().Message);

        var orders = await PayAsync(app, member, JejuAddress(55_000));
        var orderA = orders.Single(o => o.EnterpriseId == a);
        var orderB = orders.Single(o => o.EnterpriseId == b);
        Assert.Equal((24_000L, 3_000L, 3_000L, 30_000L), (orderA.TotalWon, orderA.ShippingWon, orderA.RemoteShippingWon, orderA.ChargedWon));
        Assert.Equal((21_000L, 0L, 4_000L, 25_000L, true), (orderB.TotalWon, orderB.ShippingWon, orderB.RemoteShippingWon, orderB.ChargedWon, orderB.FreeShippingApplied));
        Assert.Equal(55_000, (await PaymentOfAsync(app, orderA.PaymentId)).AmountWon);

        // The sales report keeps shipping apart from goods.
        var sales = await app.SendAsync(new SellerSales.Query(a, null, null));
        Assert.Equal(6_000, sales.Shipping);
    }

    [Fact]
    public async Task Cancelling_a_whole_order_refunds_its_shipping_too()
    {
        using var app = new AppFactory();
        var (a, _) = await TwoEnterprisesAsync(app);
        var member = await app.NewMemberAsync();
        await app.AddToCartAsync(member, await app.ProductWithStockAsync(20, 12_000, a), 1);
        var total = (await app.SendAsync(new ViewCart.Query(new CartOwner(member, null), Jeju))).Total.Amount;
        var order = (await PayAsync(app, member, JejuAddress(total))).Single();
        Assert.Equal(18_000, order.ChargedWon); // 12,000 + 3,000 + 3,000

        Assert.True(await app.SendAsync(new CancelOrder.Command(member, order.Id, "ChangedMind", true)));
        Assert.Equal(18_000, (await PaymentOfAsync(app, order.PaymentId)).RefundedWon);
        var gateway = app.Services.GetRequiredService<SimulatedGateway>();
        Assert.Equal(18_000, gateway.RefundedUnder($"refund-order-{order.Id}"));
    }

    [Fact]
    public async Task Returns_refund_the_goods_less_the_trip_the_shopper_owes_and_settle_in_the_month_of_confirmation()
    {
        using var app = new AppFactory();
        var (a, b) = await TwoEnterprisesAsync(app);
        var jam = await app.ProductWithStockAsync(20, 12_000, a);
        var soap = await app.ProductWithStockAsync(20, 7_000, b);
        var member = await app.NewMemberAsync();
        try
        {
            SetClock(app, new DateTimeOffset(2026, 10, 27, 3, 0, 0, TimeSpan.Zero)); // 2026-10-27 12:00 KST
            await app.AddToCartAsync(member, jam, 2);
            await app.AddToCartAsync(member, soap, 3);
            var orders = await PayAsync(app, member, JejuAddress(55_000));
            var orderA = orders.Single(o => o.EnterpriseId == a);
            var orderB = orders.Single(o => o.EnterpriseId == b);
            await app.AdvanceOrderAsync(orderA.Id, SellerOrders.Step.Deliver);
            await app.AdvanceOrderAsync(orderB.Id, SellerOrders.Step.Deliver);

            // A, change of mind, one jam of two: the shopper pays the trip back (3,000 + 제주 3,000): 12,000 - 6,000 = 6,000.
            SetClock(app, new DateTimeOffset(2026, 10, 31, 14, 0, 0, TimeSpan.Zero)); // 2026-10-31 23:00 KST
            var returnA = await ReturnAsync(app, member, orderA, ReturnReason.ChangedMind, 1);
            Assert.Equal((12_000L, 6_000L, 6_000L, ReturnStatus.Completed), (returnA.GoodsWon, returnA.RefundWon, returnA.ShopperShippingWon, returnA.Status));
            var gateway = app.Services.GetRequiredService<SimulatedGateway>();
            Assert.Equal(6_000, gateway.RefundedUnder($"refund-return-{returnA.Id}"));

            // B, defect, one soap of three: the enterprise pays the trip; the goods come back in full: 7,000.
            var returnB = await ReturnAsync(app, member, orderB, ReturnReason.Defective, 1);
            Assert.Equal((7_000L, 0L), (returnB.RefundWon, returnB.ShopperShippingWon));
            Assert.Equal(13_000, (await PaymentOfAsync(app, orderA.PaymentId)).RefundedWon);

            // A second return of more than is left is refused, and nothing is stored.
            var tooMany = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new RequestReturn.Command(member, orderA.Id,
                new RequestReturn.Form { Kind = ReturnKind.Return, Reason = ReturnReason.Defective, Quantities = new() { [orderA.Lines.Single().Id] = 2 } })));
            Assert.Equal(ErrorCodes.ReturnQuantityInvalid, tooMany.Code);
            // Someone else's order is not found at all.
            Assert.Null(await app.SendAsync(new RequestReturn.Command(await app.NewMemberAsync(), orderA.Id,
                new RequestReturn.Form { Kind = ReturnKind.Return, Reason = ReturnReason.Defective, Quantities = new() { [orderA.Lines.Single().Id] = 1 } })));
            Assert.Equal(2, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().ReturnRequests.CountAsync(r => r.MemberId == member)));

            // The shopper confirms A on 2026-11-01 00:30 KST: November's statement holds its 30,000 less the 6,000 refunded before.
            SetClock(app, new DateTimeOffset(2026, 10, 31, 15, 30, 0, TimeSpan.Zero));
            Assert.True(await app.SendAsync(new ConfirmPurchase.Command(member, orderA.Id)));
            var october = (await app.SendAsync(new SellerSales.Query(a, 2026, 10))).Statement!;
            Assert.Equal((0L, 0L), (october.Gross, october.Refunds));
            var november = (await app.SendAsync(new SellerSales.Query(a, 2026, 11))).Statement!;
            Assert.Equal((30_000L, 6_000L, 720L, 23_280L), (november.Gross, november.Refunds, november.Commission, november.Payable));
        }
        finally
        {
            SetClock(app, DateTimeOffset.UtcNow);
        }
    }

    [Fact]
    public async Task A_return_after_the_seven_days_for_a_change_of_mind_is_refused_with_the_dates_but_a_defect_may_still_be_returned()
    {
        using var app = new AppFactory();
        var member = await app.NewMemberAsync();
        var orderId = await app.PaidOrderAsync(member);
        await app.AdvanceOrderAsync(orderId, SellerOrders.Step.Deliver);
        var lineId = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.Id == orderId).SelectMany(o => o.Lines).Select(l => l.Id).SingleAsync());
        try
        {
            app.Clock.Advance(TimeSpan.FromDays(9));
            var late = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new RequestReturn.Command(member, orderId,
                new RequestReturn.Form { Kind = ReturnKind.Return, Reason = ReturnReason.ChangedMind, Quantities = new() { [lineId] = 1 } })));
            Assert.Equal(ErrorCodes.ReturnPeriodOver, late.Code);
            var exchange = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new RequestReturn.Command(member, orderId,
                new RequestReturn.Form { Kind = ReturnKind.Exchange, Reason = ReturnReason.ChangedMind, Quantities = new() { [lineId] = 1 } })));
            Assert.Equal(ErrorCodes.ExchangeNeedsFault, exchange.Code);

            var page = await app.SendAsync(new MyOrders.DetailQuery(member, orderId));
            Assert.True(page!.Order.MayRequestReturn(KoreaTime.Today(app.Clock)));
            var id = await app.SendAsync(new RequestReturn.Command(member, orderId,
                new RequestReturn.Form { Kind = ReturnKind.Exchange, Reason = ReturnReason.Defective, Details = "뚜껑이 깨져서 왔어요", Quantities = new() { [lineId] = 1 } }));
            Assert.NotNull(id);
            // While it is open, the purchase cannot be confirmed, by the shopper or by itself.
            await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new ConfirmPurchase.Command(member, orderId)));
            await app.SendAsync(new ConfirmDeliveredPurchases.Command());
            Assert.Equal(OrderStatus.Delivered, (await app.SendAsync(new MyOrders.DetailQuery(member, orderId)))!.Order.Status);

            // The enterprise refuses with its reason; the shopper's page shows it.
            var enterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.Id == orderId).Select(o => o.EnterpriseId).SingleAsync());
            Assert.False(await app.SendAsync(new RefuseReturn.Command(enterprise + 1000, id!.Value, "다른 기업")));
            Assert.True(await app.SendAsync(new RefuseReturn.Command(enterprise, id.Value, "사진으로 보아 사용 흔적이 있습니다")));
            var after = await app.SendAsync(new MyOrders.DetailQuery(member, orderId));
            Assert.Equal((ReturnStatus.Refused, "사진으로 보아 사용 흔적이 있습니다"), (after!.Returns.Single().Status, after.Returns.Single().RefusalReason));
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-9));
        }
    }

    [Theory]
    [InlineData(-1, 30_000L, 3_000)]
    [InlineData(3_000, -5L, 3_000)]
    [InlineData(3_000, 30_000L, 100_001)]
    public async Task Negative_or_absurd_fees_are_refused_and_the_policy_stays(long baseFee, long freeOver, long jeju)
    {
        using var app = new AppFactory();
        var a = await app.EnterpriseOfAsync("seller@demo.kr");
        await app.SendAsync(new ShippingPolicyForm.Save(a, new() { BaseFee = 2_000, FreeOver = 10_000 }));
        await Assert.ThrowsAsync<InputValidationException>(() =>
            app.SendAsync(new ShippingPolicyForm.Save(a, new() { BaseFee = baseFee, FreeOver = freeOver, JejuExtra = jeju })));
        var kept = await app.SendAsync(new ShippingPolicyForm.Query(a));
        Assert.Equal((2_000L, (long?)10_000, 0L), (kept.BaseFee, kept.FreeOver, kept.JejuExtra));
    }
}
