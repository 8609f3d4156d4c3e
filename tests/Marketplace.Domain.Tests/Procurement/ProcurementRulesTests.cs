using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Procurement;

namespace Marketplace.Domain.Tests.Procurement;

public class ProcurementRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 21);

    private static Enterprise CertifiedUntil(DateOnly? expires)
    {
        var enterprise = new Enterprise("(주)행복푸드", "Happy Food", EnterpriseType.CertifiedSocialEnterprise,
            BusinessRegistrationNumber.Parse("123-45-67891"), Region.Seoul, Now);
        if (expires is { } e) enterprise.Certify("2020-001", e);
        return enterprise;
    }

    private static PurchaseOrder Order(PurchaseOrderLine line, DateOnly? certifiedUntil = null, DateOnly? delivery = null) =>
        new(7, CertifiedUntil(certifiedUntil ?? Today.AddYears(1)), "buyer", PurchaseMethod.DirectPurchase, null,
            "세종청사", delivery ?? Today.AddDays(10), [line], Now);

    [Fact]
    public void Lines_keep_the_listed_total_and_quotes_add_a_tenth_rounded_down()
    {
        var listed = Order(PurchaseOrderLine.AtInclusivePrice(1, "복사용지", ProductKind.Goods, 3, new Won(11_000)));
        Assert.Equal((30_000L, 3_000L, 33_000L), (listed.Supply.Amount, listed.Vat.Amount, listed.Total.Amount));
        var odd = Order(PurchaseOrderLine.AtInclusivePrice(1, "복사용지", ProductKind.Goods, 7, new Won(9_999)));
        Assert.Equal(69_993L, odd.Total.Amount); // 7 × 9,999: the buyer pays what the catalog showed
        var quoted = Order(PurchaseOrderLine.AtSupplyPrice("방역", ProductKind.Service, 4, 9_999));
        Assert.Equal((39_996L, 3_996L), (quoted.Supply.Amount, quoted.Vat.Amount));
    }

    [Fact]
    public void Above_the_cap_an_order_needs_a_reason_and_keeps_it_with_the_cap()
    {
        var atCap = Order(PurchaseOrderLine.AtSupplyPrice("급식", ProductKind.Goods, 1, 50_000_000));
        atCap.CheckSingleQuoteCap(50_000_000, null);
        Assert.Null(atCap.CapExceededReason);

        var above = Order(PurchaseOrderLine.AtSupplyPrice("급식", ProductKind.Goods, 1, 50_000_001));
        Assert.Equal(ErrorCodes.SingleQuoteCapExceeded, Assert.Throws<DomainException>(() => above.CheckSingleQuoteCap(50_000_000, "  ")).Code);
        above.CheckSingleQuoteCap(50_000_000, " 긴급 구매 ");
        Assert.Equal((50_000_000L, "긴급 구매"), (above.SingleQuoteCapWon, above.CapExceededReason));
    }

    [Fact]
    public void A_certification_ending_before_delivery_is_flagged_and_none_is_not()
    {
        var line = PurchaseOrderLine.AtSupplyPrice("급식", ProductKind.Goods, 1, 1_000);
        Assert.True(Order(line, certifiedUntil: Today.AddDays(5), delivery: Today.AddDays(6)).CertificationExpiresBeforeDelivery);
        Assert.False(Order(PurchaseOrderLine.AtSupplyPrice("급식", ProductKind.Goods, 1, 1_000), certifiedUntil: Today.AddDays(6), delivery: Today.AddDays(6)).CertificationExpiresBeforeDelivery);
    }

    [Fact]
    public void The_writer_cannot_approve_and_the_enterprise_sees_only_approved_orders()
    {
        var order = Order(PurchaseOrderLine.AtSupplyPrice("급식", ProductKind.Goods, 10, 1_000));
        Assert.False(order.IsVisibleToEnterprise);
        Assert.Equal(ErrorCodes.OwnOrderApproval, Assert.Throws<DomainException>(() => order.Approve("buyer", Now)).Code);
        Assert.Equal(ErrorCodes.InvalidStatusChange, Assert.Throws<DomainException>(() => order.Confirm(Now)).Code);
        order.Approve("approver", Now);
        Assert.True(order.IsVisibleToEnterprise);
        order.Confirm(Now);
        var line = order.Lines[0];
        order.Ship(new Dictionary<int, int> { [line.Id] = 4 }, "CJ", "1234", Now);
        Assert.Equal(PurchaseOrderStatus.PartlyShipped, order.Status);
        Assert.Equal(ErrorCodes.ShipmentAboveOrdered, Assert.Throws<DomainException>(() => order.Ship(new Dictionary<int, int> { [line.Id] = 7 }, "CJ", "1235", Now)).Code);
        Assert.Equal(ErrorCodes.InvalidStatusChange, Assert.Throws<DomainException>(() => order.Inspect(new Dictionary<int, int>(), null, true, Now)).Code);
        order.Ship(new Dictionary<int, int> { [line.Id] = 6 }, "CJ", "1236", Now);
        Assert.Equal((PurchaseOrderStatus.Delivered, 2), (order.Status, order.Shipments.Count));

        Assert.Equal(ErrorCodes.InspectionReasonRequired, Assert.Throws<DomainException>(() => order.Inspect(new Dictionary<int, int> { [line.Id] = 0 }, null, true, Now)).Code);
        order.Inspect(new Dictionary<int, int> { [line.Id] = 0 }, "전량 파손", true, Now);
        Assert.Equal((PurchaseOrderStatus.InspectionRejected, false, 0L), (order.Status, order.CountsTowardResults, order.AcceptedTotal.Amount));
    }

    [Fact]
    public void Invoice_payments_never_exceed_what_is_owed_and_an_unpaid_invoice_becomes_overdue()
    {
        var order = Order(PurchaseOrderLine.AtSupplyPrice("급식", ProductKind.Goods, 10, 1_000));
        order.Approve("approver", Now);
        order.Confirm(Now);
        order.Ship(new Dictionary<int, int> { [order.Lines[0].Id] = 10 }, "CJ", "1234", Now);
        order.Inspect(new Dictionary<int, int>(), null, true, Now);
        var invoice = new Invoice(order, "(주)행복푸드", "1234567891", "세종시청", "3051234567", Today, 30);
        Assert.Equal((10_000L, 1_000L, 11_000L, Today.AddDays(30)), (invoice.SupplyWon, invoice.VatWon, invoice.TotalWon, invoice.DueOn));

        invoice.RecordPayment(Today, 6_000, "1차", "staff", Today, Now);
        Assert.Equal(ErrorCodes.PaymentAboveOutstanding, Assert.Throws<DomainException>(() => invoice.RecordPayment(Today, 5_001, "2차", "staff", Today, Now)).Code);
        Assert.Equal(ErrorCodes.PaymentDateOutOfRange, Assert.Throws<DomainException>(() => invoice.RecordPayment(Today.AddDays(1), 1, "미래", "staff", Today, Now)).Code);
        Assert.False(invoice.IsOverdueOn(Today.AddDays(30)));
        Assert.True(invoice.IsOverdueOn(Today.AddDays(31)));
        invoice.RecordPayment(Today.AddDays(31), 5_000, "2차", "staff", Today.AddDays(31), Now);
        Assert.Equal((true, false), (invoice.IsPaid, invoice.IsOverdueOn(Today.AddDays(40))));
    }
}
