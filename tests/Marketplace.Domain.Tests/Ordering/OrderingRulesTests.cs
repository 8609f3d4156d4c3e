using Marketplace.Domain.Common;
using Marketplace.Domain.Ordering;

namespace Marketplace.Domain.Tests.Ordering;

public class OrderingRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 15, 30, 0, DateTimeKind.Utc);
    private static readonly ShippingAddress Address = new("김하나", "010-1234-5678", "04524", "서울특별시 중구 세종대로 110", "3층");

    [Fact]
    public void A_cart_line_adds_up_and_stops_at_the_stock_and_the_line_maximum()
    {
        var cart = Cart.ForMember("m1", Now);
        cart.Add(7, 2, stock: 5, Now);
        cart.Add(7, 3, stock: 5, Now);
        Assert.Equal(5, Assert.Single(cart.Lines).Quantity);
        Assert.Equal(ErrorCodes.NotEnoughStock, Assert.Throws<DomainException>(() => cart.Add(7, 1, 5, Now)).Code);
        Assert.Equal(ErrorCodes.QuantityAboveLineMaximum, Assert.Throws<DomainException>(() => cart.SetQuantity(8, 100, 1000, Now)).Code);
        Assert.Equal(ErrorCodes.InvalidQuantity, Assert.Throws<DomainException>(() => cart.Add(8, 0, 10, Now)).Code);
        cart.SetQuantity(7, 0, 5, Now);
        Assert.Empty(cart.Lines);
    }

    [Fact]
    public void Merging_a_visitors_cart_never_goes_beyond_stock()
    {
        var member = Cart.ForMember("m1", Now);
        member.Add(1, 4, 5, Now);
        var visitor = Cart.ForVisitor(Guid.NewGuid(), Now);
        visitor.Add(1, 3, 5, Now);
        visitor.Add(2, 2, 2, Now);
        member.MergeFrom(visitor, new Dictionary<int, int> { [1] = 5, [2] = 0 }, Now);
        Assert.Equal(5, member.Lines.Single(l => l.ProductId == 1).Quantity);
        Assert.DoesNotContain(member.Lines, l => l.ProductId == 2); // sold out meanwhile
    }

    [Fact]
    public void An_order_totals_its_lines_and_moves_only_forward()
    {
        var order = new Order(Guid.NewGuid(), "m1", 3, Address, Now);
        order.AddLine(10, "친환경 주방세제", new Won(12_000), 2);
        order.AddLine(11, "도시락", new Won(8_500), 1);
        Assert.Equal(new Won(32_500), order.Total);

        Assert.Throws<DomainException>(() => order.Ship("CJ대한통운", "1234", Now));
        order.MarkPaid(Now);
        Assert.True(order.CanBeCancelledByShopper);
        order.Ship("CJ대한통운", "123456789012", Now);
        Assert.False(order.CanBeCancelledByShopper);
        Assert.Throws<DomainException>(() => order.MarkPaid(Now));
        order.MarkDelivered(Now);
        Assert.Equal(OrderStatus.Delivered, order.Status);
    }

    [Fact]
    public void An_order_number_uses_the_korean_date()
    {
        var lateEvening = new DateTime(2026, 11, 21, 16, 0, 0, DateTimeKind.Utc); // 01:00 on the 22nd in Seoul
        var order = new Order(Guid.NewGuid(), "m1", 3, Address, lateEvening);
        Assert.StartsWith("20261122-", order.Number);
    }

    [Fact]
    public void Refunds_are_recorded_as_the_gateways_running_total_and_never_count_twice()
    {
        var payment = new Payment(Guid.NewGuid(), "m1", "stripe", new Won(30_000), Now, Now.AddMinutes(30));
        payment.MarkPaid("pi_1", Now);
        payment.RecordRefundedTotal(new Won(10_000));
        payment.RecordRefundedTotal(new Won(10_000)); // the same report again
        payment.RecordRefundedTotal(new Won(5_000));  // an older report, late
        Assert.Equal(10_000, payment.RefundedWon);
        Assert.Equal(PaymentStatus.Paid, payment.Status);
        payment.RecordRefundedTotal(new Won(30_000));
        Assert.Equal(PaymentStatus.Refunded, payment.Status);
        Assert.Throws<DomainException>(() => payment.RecordRefundedTotal(new Won(30_001)));
    }

    [Fact]
    public void Only_a_pending_payment_can_fail_expire_or_be_cancelled()
    {
        var payment = new Payment(Guid.NewGuid(), "m1", "simulated", new Won(1_000), Now, Now.AddMinutes(30));
        Assert.Equal(PaymentChange.Closed, payment.Close(PaymentStatus.Expired, Now));
        // A later word arrives out of order: it changes nothing.
        Assert.Equal(PaymentChange.None, payment.Close(PaymentStatus.Failed, Now.AddMinutes(1)));
        Assert.Equal((PaymentStatus.Expired, Now), (payment.Status, payment.SettledAtUtc!.Value));
        Assert.Throws<DomainException>(() => new Payment(Guid.NewGuid(), "m1", "simulated", Won.Zero, Now, Now));
    }

    private static Payment PendingPayment() => new(Guid.NewGuid(), "m1", "simulated", new Won(30_000), Now, Now.AddMinutes(30));

    [Fact]
    public void A_payment_is_paid_once_and_says_when_it_was_paid_after_release()
    {
        var payment = PendingPayment();
        Assert.Equal(PaymentChange.Paid, payment.MarkPaid("pi_1", Now));
        Assert.Equal(PaymentChange.None, payment.MarkPaid("pi_1", Now.AddMinutes(1)));
        Assert.Equal(Now, payment.SettledAtUtc);

        var released = PendingPayment();
        Assert.Equal(PaymentChange.Closed, released.Close(PaymentStatus.Expired, Now));
        Assert.Equal(PaymentChange.PaidAfterRelease, released.MarkPaid("pi_2", Now.AddMinutes(2)));
        Assert.Equal(PaymentStatus.Paid, released.Status);
    }

    [Fact]
    public void A_late_expiry_or_failure_leaves_a_paid_payment_alone()
    {
        var payment = PendingPayment();
        payment.MarkPaid("pi_1", Now);
        Assert.Equal(PaymentChange.None, payment.Close(PaymentStatus.Expired, Now.AddMinutes(40)));
        Assert.Equal(PaymentChange.None, payment.Close(PaymentStatus.Failed, Now.AddMinutes(41)));
        Assert.Equal(PaymentStatus.Paid, payment.Status);
        Assert.Throws<ArgumentOutOfRangeException>(() => payment.Close(PaymentStatus.Paid, Now));
    }

    [Fact]
    public void A_refund_report_counts_only_on_a_paid_payment_and_tells_partial_from_full()
    {
        var pending = PendingPayment();
        Assert.Equal(PaymentChange.None, pending.RecordRefundedTotal(new Won(10_000)));
        Assert.Equal(0, pending.RefundedWon);

        var paid = PendingPayment();
        paid.MarkPaid("pi_1", Now);
        Assert.Equal(PaymentChange.PartlyRefunded, paid.RecordRefundedTotal(new Won(10_000)));
        Assert.Equal(PaymentChange.FullyRefunded, paid.RecordRefundedTotal(new Won(30_000)));
        Assert.Equal(PaymentStatus.Refunded, paid.Status);
    }
}
