using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Members;
using Marketplace.Domain.Ordering;

namespace Marketplace.Domain.Tests.Ordering;

/// <summary>Shipping fees and return refunds, worked by hand.</summary>
public class ShippingRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc);
    private static readonly ShippingPolicy Policy = ShippingPolicy.Of(3_000, 30_000, 3_000, 5_000);

    private static ShippingLine Goods(long subtotal, ShippingMode mode = ShippingMode.Bundled, long own = 0) => new(ProductKind.Goods, mode, own, subtotal);

    [Fact]
    public void The_base_fee_is_charged_once_under_the_threshold_and_waived_from_it_but_the_area_extra_stays()
    {
        Assert.Equal(new ShippingQuote(3_000, 0, false, 6_000), Policy.Quote([Goods(12_000), Goods(12_000)], null));
        Assert.Equal(new ShippingQuote(0, 0, true, null), Policy.Quote([Goods(30_000)], null));
        Assert.Equal(new ShippingQuote(0, 3_000, true, null), Policy.Quote([Goods(36_000)], RemoteAreaKind.Jeju));
        Assert.Equal(new ShippingQuote(3_000, 5_000, false, 20_000), Policy.Quote([Goods(10_000)], RemoteAreaKind.Island));
    }

    [Fact]
    public void Free_and_own_fee_listings_and_services_follow_their_own_rule()
    {
        // A sofa at its own 20,000 beside bundled goods under the threshold: both fees.
        Assert.Equal(23_000, Policy.Quote([Goods(10_000), Goods(300_000, ShippingMode.OwnFee, 20_000)], null).FeeWon);
        // Only a free listing: no base fee and nothing to gain by adding more.
        Assert.Equal(new ShippingQuote(0, 0, false, null), Policy.Quote([Goods(5_000, ShippingMode.Free)], null));
        // A service ships nothing, not even to 제주.
        Assert.Equal(ShippingQuote.Nothing, Policy.Quote([new ShippingLine(ProductKind.Service, ShippingMode.Bundled, 0, 50_000)], RemoteAreaKind.Jeju));
    }

    [Theory]
    [InlineData(-1, 30_000L, 0, 0)]
    [InlineData(3_000, -1L, 0, 0)]
    [InlineData(3_000, null, 100_001, 0)]
    [InlineData(3_000, null, 0, -500)]
    public void A_negative_or_absurd_policy_is_refused(long baseFee, long? freeOver, long jeju, long island) =>
        Assert.Throws<DomainException>(() => ShippingPolicy.Of(baseFee, freeOver, jeju, island));

    [Fact]
    public void The_postcode_list_finds_jeju_and_the_islands()
    {
        var areas = new[] { new RemoteArea(RemoteAreaKind.Jeju, "63000", "63644", "제주"), new RemoteArea(RemoteAreaKind.Island, "40200", "40240", "울릉") };
        Assert.Equal(RemoteAreaKind.Jeju, RemoteArea.KindOf(areas, "63123"));
        Assert.Equal(RemoteAreaKind.Island, RemoteArea.KindOf(areas, "40240"));
        Assert.Null(RemoteArea.KindOf(areas, "04524"));
        Assert.Throws<DomainException>(() => new RemoteArea(RemoteAreaKind.Island, "40240", "40200", "거꾸로"));
    }

    private static Order Delivered(long unitPrice, int quantity, ShippingQuote quote)
    {
        var order = new Order(Guid.NewGuid(), "m1", 1, new ShippingAddress("김하나", "010-1234-5678", "04524", "서울 중구 세종대로 110", ""), Now);
        order.AddLine(7, "수제 딸기잼", new Won(unitPrice), quantity);
        order.ChargeShipping(Policy, quote);
        order.MarkPaid(Now);
        order.Ship("CJ대한통운", "1234", Now);
        order.MarkDelivered(Now);
        return order;
    }

    [Fact]
    public void A_change_of_mind_pays_the_trip_back_and_the_waived_first_trip_when_what_is_kept_falls_under_the_threshold()
    {
        // 3 × 12,000 = 36,000 shipped free (≥ 30,000). One comes back: 24,000 kept, under 30,000.
        var order = Delivered(12_000, 3, Policy.Quote([Goods(36_000)], null));
        var request = order.RequestReturn(ReturnKind.Return, ReturnReason.ChangedMind, "", new Dictionary<int, int> { [0] = 1 }, Now.AddDays(2));
        order.AcceptReturn(request, "CJ대한통운", "5555", Now.AddDays(3));
        // 12,000 − 3,000 (back) − 3,000 (the first trip, no longer free) = 6,000.
        Assert.Equal(6_000, order.CompleteReturn(request, null, null, Now.AddDays(4)));
        Assert.Equal((6_000L, 6_000L), (request.ShopperShippingWon, order.ReturnRefundedWon));
        Assert.Equal(1, order.Lines.Single().ReturnedQuantity);
    }

    [Fact]
    public void A_defect_refunds_the_goods_and_once_everything_is_back_the_shipping_too()
    {
        // 1 × 12,000 to 제주: 3,000 + 3,000 shipping, 18,000 paid.
        var order = Delivered(12_000, 1, Policy.Quote([Goods(12_000)], RemoteAreaKind.Jeju));
        Assert.Equal(18_000, order.ChargedWon);
        var request = order.RequestReturn(ReturnKind.Return, ReturnReason.Defective, "깨짐", new Dictionary<int, int> { [0] = 1 }, Now.AddDays(30));
        order.AcceptReturn(request, "CJ대한통운", "5555", Now.AddDays(30));
        Assert.Equal(18_000, order.CompleteReturn(request, null, null, Now.AddDays(31)));
    }

    [Fact]
    public void A_return_for_more_than_was_bought_a_second_open_one_and_a_late_change_of_mind_are_refused()
    {
        var order = Delivered(12_000, 2, Policy.Quote([Goods(24_000)], null));
        Assert.Equal(ErrorCodes.ReturnQuantityInvalid, Assert.Throws<DomainException>(() =>
            order.RequestReturn(ReturnKind.Return, ReturnReason.Defective, "", new Dictionary<int, int> { [0] = 3 }, Now)).Code);
        // Delivered 2026-11-21 (KST): a change of mind until 11-28, a defect until 2027-02-19.
        Assert.Equal(new DateOnly(2026, 11, 28), Order.ReturnDeadline(Now, ReturnReason.ChangedMind));
        Assert.Equal(ErrorCodes.ReturnPeriodOver, Assert.Throws<DomainException>(() =>
            order.RequestReturn(ReturnKind.Return, ReturnReason.ChangedMind, "", new Dictionary<int, int> { [0] = 1 }, Now.AddDays(8))).Code);
        order.RequestReturn(ReturnKind.Return, ReturnReason.Defective, "", new Dictionary<int, int> { [0] = 1 }, Now.AddDays(8));
        Assert.Equal(ErrorCodes.ReturnAlreadyOpen, Assert.Throws<DomainException>(() =>
            order.RequestReturn(ReturnKind.Return, ReturnReason.Defective, "", new Dictionary<int, int> { [0] = 1 }, Now.AddDays(8))).Code);
        Assert.Equal(ErrorCodes.ReturnAlreadyOpen, Assert.Throws<DomainException>(() => order.ConfirmPurchase(Now.AddDays(9))).Code);
    }

    [Fact]
    public void A_wished_item_tells_of_a_restock_and_a_drop_once_each()
    {
        var item = new WishlistItem("m1", 7, 10_000, inStock: false, Now);
        Assert.Equal(WishlistNews.None, item.NoteChange(9_000, inStock: false)); // cheaper but still sold out: waits
        Assert.Equal(WishlistNews.BackInStock | WishlistNews.PriceDropped, item.NoteChange(9_000, inStock: true));
        Assert.Equal(WishlistNews.None, item.NoteChange(9_000, inStock: true));
        Assert.Equal(WishlistNews.None, item.NoteChange(11_000, inStock: true)); // a rise is remembered silently
        Assert.Equal(WishlistNews.PriceDropped, item.NoteChange(10_500, inStock: true));
    }
}
