using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Features.Shop.Cart;
using Marketplace.Web.Features.Shop.Orders;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop.Checkout;

/// <summary>Cart to paid orders through the real pipeline on SQLite, with the simulated gateway.</summary>
public class CheckoutSliceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<T> Db<T>(Func<MarketplaceDbContext, Task<T>> read) => app.WithScopeAsync(sp => read(sp.GetRequiredService<MarketplaceDbContext>()));

    [Fact]
    public async Task One_checkout_pays_once_and_makes_one_order_per_enterprise()
    {
        var member = await app.NewMemberAsync();
        var enterprises = await Db(db => db.Products.Where(p => p.Status == Domain.Catalog.ProductStatus.Published)
            .Select(p => p.EnterpriseId).Distinct().OrderBy(id => id).Take(2).ToListAsync());
        var first = await app.ProductWithStockAsync(10, 12_000, enterprises[0]);
        var second = await app.ProductWithStockAsync(10, 5_500, enterprises[1]);
        await app.AddToCartAsync(member, first, 2);
        await app.AddToCartAsync(member, second, 3);

        var started = await app.CheckoutAsync(member);

        var payment = await Db(db => db.Payments.SingleAsync(p => p.Id == started.PaymentId));
        var orders = await Db(db => db.Orders.Include(o => o.Lines).Where(o => o.PaymentId == started.PaymentId).ToListAsync());
        // The goods, and each enterprise's shipping beside them: the payment is the orders' whole charge.
        Assert.Equal(2 * 12_000 + 3 * 5_500, orders.Sum(o => o.TotalWon));
        Assert.Equal(orders.Sum(o => o.ChargedWon), payment.AmountWon);
        Assert.Equal(PaymentStatus.Pending, payment.Status);
        Assert.Equal(2, orders.Count);
        Assert.Equal(enterprises.ToHashSet(), orders.Select(o => o.EnterpriseId).ToHashSet());
        Assert.All(orders, o => Assert.Equal(OrderStatus.PendingPayment, o.Status));
        Assert.Equal(8, await app.StockOfAsync(first)); // reserved at once
        Assert.Equal($"/payments/simulated/{started.PaymentId}", started.RedirectUrl);

        await app.SendAsync(new ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved",
            started.PaymentId, ApplyPaymentOutcome.Outcome.Paid));

        orders = await Db(db => db.Orders.Where(o => o.PaymentId == started.PaymentId).ToListAsync());
        Assert.All(orders, o => Assert.Equal(OrderStatus.Paid, o.Status));
        Assert.Equal(8, await app.StockOfAsync(first)); // confirmed, not taken twice
        Assert.True((await app.SendAsync(new ViewCart.Query(new CartOwner(member, null)))).IsEmpty);
        var email = await Db(db => db.Users.Where(u => u.Id == member).Select(u => u.Email!).SingleAsync());
        Assert.Contains(app.MailTo(email), m => m.Contains(orders[0].Number));
    }

    [Fact]
    public async Task The_same_form_submitted_twice_pays_once()
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(10);
        await app.AddToCartAsync(member, product, 1);
        var attempt = Guid.NewGuid();

        var results = await Task.WhenAll(app.CheckoutAsync(member, attempt), app.CheckoutAsync(member, attempt));

        Assert.Equal(results[0].PaymentId, results[1].PaymentId);
        Assert.Equal(1, await Db(db => db.Payments.CountAsync(p => p.MemberId == member)));
        Assert.Equal(9, await app.StockOfAsync(product));
    }

    [Fact]
    public async Task A_declined_payment_releases_the_stock_and_keeps_the_cart()
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(3);
        await app.AddToCartAsync(member, product, 3);
        var started = await app.CheckoutAsync(member);
        Assert.Equal(0, await app.StockOfAsync(product));

        await app.SendAsync(new ApplyPaymentOutcome.Command("decline-1-" + started.PaymentId, "simulated.declined",
            started.PaymentId, ApplyPaymentOutcome.Outcome.Failed));

        Assert.Equal(3, await app.StockOfAsync(product));
        Assert.Equal(PaymentStatus.Failed, await Db(db => db.Payments.Where(p => p.Id == started.PaymentId).Select(p => p.Status).SingleAsync()));
        Assert.Equal(3, (await app.SendAsync(new ViewCart.Query(new CartOwner(member, null)))).ItemCount);
    }

    [Fact]
    public async Task The_expiry_sweep_releases_stock_of_abandoned_payments_only_after_their_session_ends()
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(4);
        await app.AddToCartAsync(member, product, 4);
        var started = await app.CheckoutAsync(member);

        Assert.Equal(0, await app.SendAsync(new ExpireStalePayments.Command()));
        Assert.Equal(0, await app.StockOfAsync(product));

        app.Clock.Advance(TimeSpan.FromMinutes(36)); // 30-minute session + 5-minute grace
        try
        {
            Assert.True(await app.SendAsync(new ExpireStalePayments.Command()) >= 1);
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromMinutes(-36));
        }
        Assert.Equal(4, await app.StockOfAsync(product));
        Assert.Equal(PaymentStatus.Expired, await Db(db => db.Payments.Where(p => p.Id == started.PaymentId).Select(p => p.Status).SingleAsync()));
        Assert.All(await Db(db => db.Orders.Where(o => o.PaymentId == started.PaymentId).ToListAsync()),
            o => Assert.Equal(OrderStatus.Cancelled, o.Status));
    }

    [Fact]
    public async Task A_payment_that_completes_after_expiry_takes_the_stock_again_or_is_refunded()
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(2);
        await app.AddToCartAsync(member, product, 2);
        var started = await app.CheckoutAsync(member);
        await app.SendAsync(new ApplyPaymentOutcome.Command("evt_expired_" + started.PaymentId, "checkout.session.expired",
            started.PaymentId, ApplyPaymentOutcome.Outcome.Expired));
        Assert.Equal(2, await app.StockOfAsync(product));

        // Someone else buys the stock meanwhile.
        var other = await app.NewMemberAsync();
        await app.AddToCartAsync(other, product, 2);
        await app.CheckoutAsync(other);

        await app.SendAsync(new ApplyPaymentOutcome.Command("evt_paid_late_" + started.PaymentId, "checkout.session.completed",
            started.PaymentId, ApplyPaymentOutcome.Outcome.Paid, "pi_late"));

        var payment = await Db(db => db.Payments.SingleAsync(p => p.Id == started.PaymentId));
        Assert.Equal(PaymentStatus.Refunded, payment.Status);
        Assert.Equal(payment.AmountWon, payment.RefundedWon);
        Assert.Equal(0, await app.StockOfAsync(product)); // the other shopper's reservation stands
    }

    [Fact]
    public async Task An_event_applied_twice_changes_nothing_the_second_time()
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(5);
        await app.AddToCartAsync(member, product, 2);
        var started = await app.CheckoutAsync(member);
        var failed = new ApplyPaymentOutcome.Command("evt_dup_" + started.PaymentId, "checkout.session.async_payment_failed",
            started.PaymentId, ApplyPaymentOutcome.Outcome.Failed);

        var outcomes = await Task.WhenAll(app.SendAsync(failed), app.SendAsync(failed), app.SendAsync(failed));

        Assert.Single(outcomes, o => o == ApplyPaymentOutcome.Applied.Applied);
        Assert.Equal(5, await app.StockOfAsync(product)); // released once, not three times
    }

    [Fact]
    public async Task Cancelling_before_shipment_refunds_and_returns_the_stock_but_not_after()
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(5, 7_000);
        await app.AddToCartAsync(member, product, 2);
        var started = await app.CheckoutAsync(member);
        await app.SendAsync(new ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved", started.PaymentId, ApplyPaymentOutcome.Outcome.Paid));
        var orderId = await Db(db => db.Orders.Where(o => o.PaymentId == started.PaymentId).Select(o => o.Id).SingleAsync());

        var someoneElse = await app.NewMemberAsync();
        Assert.False(await app.SendAsync(new CancelOrder.Command(someoneElse, orderId, "ChangedMind", true)));

        Assert.True(await app.SendAsync(new CancelOrder.Command(member, orderId, "OrderedByMistake", true)));
        var payment = await Db(db => db.Payments.SingleAsync(p => p.Id == started.PaymentId));
        Assert.Equal(14_000, payment.RefundedWon);
        Assert.Equal(PaymentStatus.Refunded, payment.Status);
        Assert.Equal(OrderStatus.Refunded, await Db(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync()));
        Assert.Equal(5, await app.StockOfAsync(product));

        var again = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new CancelOrder.Command(member, orderId, "OrderedByMistake", true)));
        Assert.Equal(ErrorCodes.OrderNotCancellable, again.Code);
    }

    [Fact]
    public async Task Checkout_refuses_an_empty_cart_and_a_bad_address()
    {
        var member = await app.NewMemberAsync();
        var empty = await Assert.ThrowsAsync<DomainException>(() => app.CheckoutAsync(member));
        Assert.Equal(ErrorCodes.CartEmpty, empty.Code);

        var product = await app.ProductWithStockAsync(5);
        await app.AddToCartAsync(member, product, 1);
        var form = Shoppers.Address();
        form.PostalCode = "1234";
        form.Phone = "<script>";
        var invalid = await Assert.ThrowsAsync<Web.Infrastructure.Behaviors.InputValidationException>(() =>
            app.SendAsync(new Web.Features.Shop.Checkout.StartCheckout.Command(member, "a@test.kr", form)));
        Assert.Contains(invalid.Errors, e => e.Field == "Form.PostalCode");
        Assert.Contains(invalid.Errors, e => e.Field == "Form.Phone");
        Assert.Equal(5, await app.StockOfAsync(product));
    }

    [Fact]
    public async Task The_cart_refuses_more_than_the_stock_or_the_line_maximum()
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(150);
        var owner = new CartOwner(member, null);
        var tooMany = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new ChangeCart.Command(owner, product, 100, ChangeCart.Mode.Add)));
        Assert.Equal(ErrorCodes.QuantityAboveLineMaximum, tooMany.Code);

        var scarce = await app.ProductWithStockAsync(2);
        var short_ = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new ChangeCart.Command(owner, scarce, 3, ChangeCart.Mode.Add)));
        Assert.Equal(ErrorCodes.NotEnoughStock, short_.Code);
        Assert.True((await app.SendAsync(new ViewCart.Query(owner))).IsEmpty);
    }

    [Fact]
    public async Task A_visitors_cart_merges_into_the_members_cart_within_stock()
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(5);
        var other = await app.ProductWithStockAsync(5);
        await app.AddToCartAsync(member, product, 3);
        var token = Guid.NewGuid();
        await app.SendAsync(new ChangeCart.Command(new CartOwner(null, token), product, 4, ChangeCart.Mode.Add));
        await app.SendAsync(new ChangeCart.Command(new CartOwner(null, token), other, 1, ChangeCart.Mode.Add));

        await app.SendAsync(new MergeVisitorCart.Command(member, token));

        var cart = await app.SendAsync(new ViewCart.Query(new CartOwner(member, null)));
        var lines = cart.Groups.SelectMany(g => g.Lines).ToDictionary(l => l.ProductId, l => l.Quantity);
        Assert.Equal(5, lines[product]); // 3 + 4, capped at the stock
        Assert.Equal(1, lines[other]);
        Assert.True((await app.SendAsync(new ViewCart.Query(new CartOwner(null, token)))).IsEmpty);
    }
}
