using Marketplace.Domain.Data;
using Marketplace.Web.Features.Seller.Orders;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure.Email;

/// <summary>A consumer order's mail: to the shopper in the language they chose, to the enterprise, and only
/// the progress mail the shopper asked for (receipts always).</summary>
public class StepMailTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(string Email, string Id)> ShopperAsync(string culture, bool progress = true)
    {
        var email = $"steps-{Guid.NewGuid():N}@test.kr";
        var id = await app.NewMemberAsync(email);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var member = await db.Users.SingleAsync(u => u.Id == id);
            member.Describe("단계회원", null, culture);
            member.ChooseMail(false, progress, true);
            return await db.SaveChangesAsync();
        });
        return (email, id);
    }

    [Fact]
    public async Task A_shopper_in_english_is_told_of_payment_shipment_with_its_tracking_page_and_delivery_and_the_enterprise_of_the_order()
    {
        var (email, id) = await ShopperAsync("en");
        var orderId = await app.PaidOrderAsync(id, price: 23_000);
        var number = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.Id == orderId)
            .Select(o => new { o.Id, o.CreatedAtUtc }).SingleAsync());
        var orderNumber = Domain.Ordering.Order.NumberOf(number.Id, number.CreatedAtUtc);

        var paid = app.MailContaining(email, "Your order is confirmed");
        Assert.Contains("₩23,000", paid);
        Assert.Contains(orderNumber, paid);
        Assert.Contains($"http://localhost/orders/{orderId}", paid);
        Assert.DoesNotContain("주문", paid); // one language: the one they chose

        await app.AdvanceOrderAsync(orderId, SellerOrders.Step.Ship);
        var shipped = app.MailContaining(email, $"Order {orderNumber} has shipped");
        Assert.Contains("CJ대한통운", shipped);
        Assert.Contains("https://trace.cjlogistics.com/next/tracking.html?wblNo=601234567890", shipped);
        await app.AdvanceOrderAsync(orderId, SellerOrders.Step.Deliver);
        Assert.Contains("within 7 days", app.MailContaining(email, $"Order {orderNumber} was delivered"));

        var enterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.Id == orderId).Select(o => o.EnterpriseId).SingleAsync());
        var staff = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users.Where(u => u.EnterpriseId == enterprise).Select(u => u.Email!).FirstAsync());
        Assert.Contains("23,000원", app.MailContaining(staff, $"새 주문 {orderNumber}"));
    }

    [Fact]
    public async Task Progress_mail_turned_off_is_not_sent_while_the_cancellation_receipt_is()
    {
        var (email, id) = await ShopperAsync("ko", progress: false);
        var shipped = await app.PaidOrderAsync(id);
        await app.AdvanceOrderAsync(shipped, SellerOrders.Step.Ship);
        var cancelled = await app.PaidOrderAsync(id);
        Assert.True(await app.SendAsync(new Web.Features.Shop.Orders.CancelOrder.Command(id, cancelled, "ChangedMind", true)));

        Assert.Contains("카드로 환불", app.MailContaining(email, "취소 완료"));
        Assert.DoesNotContain(app.MailTo(email), m => m.Contains("발송 안내"));
        Assert.Equal(2, app.MailTo(email).Count(m => m.Contains("주문이 완료되었습니다")));
    }
}
