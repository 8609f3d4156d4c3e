using System.Net;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Features.Shop.Checkout;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Payments;

/// <summary>The simulated gateway keeps to what a payment already is: no money after a cancel, and no
/// "your reservation was released" for a shopper who paid.</summary>
public class SimulatedPaymentTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<PaymentStatus> StatusAsync(Guid id) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<MarketplaceDbContext>().Payments.Where(p => p.Id == id).Select(p => p.Status).FirstAsync());

    [Fact]
    public async Task An_approval_after_the_shopper_cancelled_takes_no_money()
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(5);
        await app.AddToCartAsync(member, product, 2);
        var started = await app.CheckoutAsync(member);
        Assert.Equal(PaymentStatus.Cancelled, await app.SendAsync(new CancelCheckout.Command(member, started.PaymentId)));

        Assert.Equal($"/checkout/complete/{started.PaymentId}", await app.SendAsync(new SimulatedPayment.Decide(member, started.PaymentId, Approve: true)));

        Assert.Equal(PaymentStatus.Cancelled, await StatusAsync(started.PaymentId));
        Assert.Equal(5, await app.StockOfAsync(product));
    }

    [Fact]
    public async Task A_paid_shopper_who_opens_the_cancelled_page_is_sent_to_the_paid_result()
    {
        var email = $"paid-{Guid.NewGuid():N}@test.kr";
        var member = await app.NewMemberAsync(email);
        var product = await app.ProductWithStockAsync(5);
        await app.AddToCartAsync(member, product, 1);
        var started = await app.CheckoutAsync(member);
        await app.SendAsync(new SimulatedPayment.Decide(member, started.PaymentId, Approve: true));
        var shopper = await app.SignedInAsync(email, "Test-12345!");

        var response = await shopper.GetAsync($"/checkout/cancelled/{started.PaymentId}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/checkout/complete/{started.PaymentId}", response.Headers.Location!.OriginalString);
        Assert.Equal(PaymentStatus.Paid, await StatusAsync(started.PaymentId));
        Assert.Equal(4, await app.StockOfAsync(product));
    }
}
