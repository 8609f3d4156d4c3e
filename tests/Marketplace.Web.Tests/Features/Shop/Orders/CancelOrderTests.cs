using System.Net;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop.Orders;

/// <summary>Cancelling asks why and asks to confirm; the reason stays on the order.</summary>
public class CancelOrderTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_cancellation_needs_a_reason_and_a_confirmation_and_keeps_the_reason()
    {
        var email = $"cancels-{Guid.NewGuid():N}@test.kr";
        var member = await app.NewMemberAsync(email);
        var product = await app.ProductWithStockAsync(5);
        await app.AddToCartAsync(member, product, 1);
        var started = await app.CheckoutAsync(member);
        await app.SendAsync(new SimulatedPayment.Decide(member, started.PaymentId, Approve: true));
        var orderId = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders
            .Where(o => o.PaymentId == started.PaymentId).Select(o => o.Id).SingleAsync());
        var shopper = await app.SignedInAsync(email, "Test-12345!");
        Assert.Contains("취소 사유", await shopper.GetStringAsync($"/orders/{orderId}"));

        var unexplained = await Html.PostFormAsync(shopper, $"/orders/{orderId}/cancel", new Dictionary<string, string> { ["confirmed"] = "true" }, $"/orders/{orderId}");
        var unconfirmed = await Html.PostFormAsync(shopper, $"/orders/{orderId}/cancel", new Dictionary<string, string> { ["reason"] = "ChangedMind" }, $"/orders/{orderId}");

        Assert.Equal(HttpStatusCode.BadRequest, unexplained.StatusCode);
        Assert.Contains("취소 사유를 골라 주세요", await unexplained.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("되돌릴 수 없다는 것을 확인해 주세요", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal(OrderStatus.Paid, await StatusAsync(orderId));

        var cancelled = await Html.PostFormAsync(shopper, $"/orders/{orderId}/cancel",
            new Dictionary<string, string> { ["reason"] = "TooSlow", ["confirmed"] = "true" }, $"/orders/{orderId}");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(OrderStatus.Refunded, await StatusAsync(orderId));
        Assert.Contains("배송이 늦어서", await shopper.GetStringAsync($"/orders/{orderId}"));
    }

    private Task<OrderStatus> StatusAsync(int id) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.Id == id).Select(o => o.Status).SingleAsync());
}
