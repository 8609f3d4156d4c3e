using System.Net;
using System.Text;
using System.Text.Json;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Payments;

/// <summary>The app paying through Stripe.net against a fake Stripe, with a webhook secret to sign events with.</summary>
public sealed class WebhookAppFactory : AppFactory
{
    public const string Secret = "whsec_test_webhook";

    private readonly FakeStripe _stripe = FakeStripe.StartAsync().GetAwaiter().GetResult();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Payments:Stripe:WebhookSecret"] = Secret, ["Payments:Stripe:SecretKey"] = "sk_test_123", ["Payments:Stripe:ApiBase"] = _stripe.BaseUrl,
    };

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _stripe.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

/// <summary><c>POST /webhooks/stripe</c> through the real app: signed events, replays, order of arrival.</summary>
public class StripeWebhookTests(WebhookAppFactory app) : IClassFixture<WebhookAppFactory>
{
    private async Task<HttpResponseMessage> DeliverAsync(string json, string? secret = WebhookAppFactory.Secret, long? timestamp = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var t = timestamp ?? app.Clock.GetUtcNow().ToUnixTimeSeconds();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        if (secret is not null) request.Headers.Add("Stripe-Signature", StripeTestEvents.Header(t, body, secret));
        return await client.SendAsync(request);
    }

    /// <param name="amountTotal">What Stripe took, in won; the checkouts here cost 24,000 (2 × 12,000).</param>
    private static string SessionEvent(string eventId, string type, Guid paymentId, string paymentStatus = "paid", long amountTotal = 24_000,
        string sessionPrefix = "cs_test_") => JsonSerializer.Serialize(new
    {
        id = eventId, @object = "event", api_version = StripeTestEvents.ApiVersion, type,
        data = new
        {
            @object = new
            {
                id = $"{sessionPrefix}{paymentId:N}", @object = "checkout.session", client_reference_id = paymentId.ToString(),
                amount_total = amountTotal, currency = "krw",
                metadata = new { payment_id = paymentId.ToString() }, payment_status = paymentStatus, payment_intent = $"pi_{paymentId:N}",
            },
        },
    });

    private async Task<(Guid PaymentId, int ProductId)> PendingPaymentAsync(int stock = 5, int quantity = 2)
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(stock);
        await app.AddToCartAsync(member, product, quantity);
        return ((await app.CheckoutAsync(member)).PaymentId, product);
    }

    private Task<Payment> PaymentAsync(Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Payments.AsNoTracking().SingleAsync(p => p.Id == id));

    [Fact]
    public async Task A_signed_completed_session_marks_the_payment_paid_and_a_replay_changes_nothing()
    {
        var (paymentId, product) = await PendingPaymentAsync();
        var completed = SessionEvent("evt_c_" + paymentId.ToString("N"), "checkout.session.completed", paymentId);

        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(completed)).StatusCode);
        var paid = await PaymentAsync(paymentId);
        Assert.Equal(PaymentStatus.Paid, paid.Status);
        Assert.Equal($"pi_{paymentId:N}", paid.PaymentIntentId);

        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(completed)).StatusCode);
        Assert.Equal(paid.SettledAtUtc, (await PaymentAsync(paymentId)).SettledAtUtc);
        Assert.Equal(3, await app.StockOfAsync(product));
    }

    [Fact]
    public async Task An_invoice_paid_by_card_through_stripe_is_recorded_once_and_a_session_for_another_amount_pays_nothing()
    {
        var flow = new Procurement.Documents.DocumentFlow(app);
        var (institution, _, invoiceId) = await flow.InspectedOrderAsync();
        var owed = (await flow.InvoiceAsync(invoiceId)).OutstandingWon; // 3,300,000
        var page = await app.SendAsync(new Web.Features.Procurement.Invoices.PayByCard.Command(institution.Id, institution.BuyerId, institution.BuyerEmail, invoiceId, owed));
        Assert.StartsWith("http", page);
        var paymentId = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Payments.Where(p => p.InvoiceId == invoiceId).Select(p => p.Id).SingleAsync());

        // A signed event for the right session but 1원: the payment stays pending, the invoice owed.
        await DeliverAsync(SessionEvent("evt_i1_" + paymentId.ToString("N"), "checkout.session.completed", paymentId, amountTotal: 1));
        Assert.Equal((PaymentStatus.Pending, owed), ((await PaymentAsync(paymentId)).Status, (await flow.InvoiceAsync(invoiceId)).OutstandingWon));

        var completed = SessionEvent("evt_i2_" + paymentId.ToString("N"), "checkout.session.completed", paymentId, amountTotal: owed);
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(completed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(completed)).StatusCode);
        var invoice = await flow.InvoiceAsync(invoiceId);
        Assert.Equal((0L, 1), (invoice.OutstandingWon, invoice.Payments.Count));
        Assert.Equal((Domain.Procurement.InvoicePaymentMethod.Card, paymentId), (invoice.Payments[0].Method, invoice.Payments[0].PaymentId));
        Assert.Equal(PaymentStatus.Paid, (await PaymentAsync(paymentId)).Status);
    }

    [Fact]
    public async Task A_completed_session_not_yet_paid_waits_for_the_async_outcome()
    {
        var (paymentId, product) = await PendingPaymentAsync();
        await DeliverAsync(SessionEvent("evt_u_" + paymentId.ToString("N"), "checkout.session.completed", paymentId, "unpaid"));
        Assert.Equal(PaymentStatus.Pending, (await PaymentAsync(paymentId)).Status);

        await DeliverAsync(SessionEvent("evt_f_" + paymentId.ToString("N"), "checkout.session.async_payment_failed", paymentId, "unpaid"));
        Assert.Equal(PaymentStatus.Failed, (await PaymentAsync(paymentId)).Status);
        Assert.Equal(5, await app.StockOfAsync(product));
    }

    [Fact]
    public async Task An_expiry_arriving_after_the_payment_does_not_undo_it()
    {
        var (paymentId, product) = await PendingPaymentAsync();
        await DeliverAsync(SessionEvent("evt_s_" + paymentId.ToString("N"), "checkout.session.async_payment_succeeded", paymentId));
        await DeliverAsync(SessionEvent("evt_x_" + paymentId.ToString("N"), "checkout.session.expired", paymentId, "unpaid"));

        Assert.Equal(PaymentStatus.Paid, (await PaymentAsync(paymentId)).Status);
        Assert.Equal(3, await app.StockOfAsync(product));
    }

    [Fact]
    public async Task A_full_refund_from_stripe_refunds_the_orders_and_returns_the_stock()
    {
        var (paymentId, product) = await PendingPaymentAsync();
        await DeliverAsync(SessionEvent("evt_p_" + paymentId.ToString("N"), "checkout.session.completed", paymentId));
        var amount = (await PaymentAsync(paymentId)).AmountWon;
        var refunded = JsonSerializer.Serialize(new
        {
            id = $"evt_r_{paymentId:N}", @object = "event", api_version = StripeTestEvents.ApiVersion, type = "charge.refunded",
            data = new { @object = new { id = "ch_1", @object = "charge", payment_intent = $"pi_{paymentId:N}", amount, amount_refunded = amount } },
        });

        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(refunded)).StatusCode);

        var payment = await PaymentAsync(paymentId);
        Assert.Equal(PaymentStatus.Refunded, payment.Status);
        Assert.Equal(amount, payment.RefundedWon);
        Assert.Equal(5, await app.StockOfAsync(product));
        Assert.All(await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.PaymentId == paymentId).ToListAsync()),
            o => Assert.Equal(OrderStatus.Refunded, o.Status));
    }

    [Theory]
    [InlineData(1L, "cs_test_", "an amount of 1원")]
    [InlineData(240_000L, "cs_test_", "ten times the amount")]
    [InlineData(24_000L, "cs_other_", "another session")]
    public async Task A_signed_completed_session_that_does_not_match_the_payment_leaves_it_for_the_operator(long amountTotal, string session, string why)
    {
        var (paymentId, product) = await PendingPaymentAsync();
        var odd = SessionEvent($"evt_odd_{paymentId:N}", "checkout.session.completed", paymentId, amountTotal: amountTotal, sessionPrefix: session);

        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(odd)).StatusCode); // taken, so Stripe does not retry for days

        Assert.True(PaymentStatus.Pending == (await PaymentAsync(paymentId)).Status, why);
        Assert.Equal(3, await app.StockOfAsync(product)); // still reserved, not sold
        Assert.All(await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.PaymentId == paymentId).ToListAsync()),
            o => Assert.Equal(OrderStatus.PendingPayment, o.Status));
        // The genuine event still applies.
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(SessionEvent($"evt_ok_{paymentId:N}", "checkout.session.completed", paymentId))).StatusCode);
        Assert.Equal(PaymentStatus.Paid, (await PaymentAsync(paymentId)).Status);
    }

    [Fact]
    public async Task A_refund_above_the_payment_is_answered_200_and_changes_nothing()
    {
        var (paymentId, product) = await PendingPaymentAsync();
        await DeliverAsync(SessionEvent($"evt_c2_{paymentId:N}", "checkout.session.completed", paymentId));
        var refunded = JsonSerializer.Serialize(new
        {
            id = $"evt_r2_{paymentId:N}", @object = "event", api_version = StripeTestEvents.ApiVersion, type = "charge.refunded",
            data = new { @object = new { id = "ch_2", @object = "charge", payment_intent = $"pi_{paymentId:N}", amount = 24_000, amount_refunded = 9_999_999 } },
        });

        var response = await DeliverAsync(refunded);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var payment = await PaymentAsync(paymentId);
        Assert.Equal((PaymentStatus.Paid, 0L), (payment.Status, payment.RefundedWon));
        Assert.Equal(3, await app.StockOfAsync(product));
    }

    [Fact]
    public async Task Bad_signatures_stale_timestamps_and_unreadable_bodies_get_400_and_change_nothing()
    {
        var (paymentId, product) = await PendingPaymentAsync();
        var completed = SessionEvent("evt_bad_" + paymentId.ToString("N"), "checkout.session.completed", paymentId);

        Assert.Equal(HttpStatusCode.BadRequest, (await DeliverAsync(completed, secret: "whsec_wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await DeliverAsync(completed, secret: null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await DeliverAsync(completed, timestamp: app.Clock.GetUtcNow().AddMinutes(-6).ToUnixTimeSeconds())).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await DeliverAsync("not json at all")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await DeliverAsync("""{"type":"checkout.session.completed"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await DeliverAsync(completed.Replace(StripeTestEvents.ApiVersion, "2025-03-31.basil"))).StatusCode);

        Assert.Equal(PaymentStatus.Pending, (await PaymentAsync(paymentId)).Status);
        Assert.Equal(3, await app.StockOfAsync(product));
        // The event id was not spent by the refused deliveries: the genuine one still applies.
        Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(completed)).StatusCode);
        Assert.Equal(PaymentStatus.Paid, (await PaymentAsync(paymentId)).Status);
    }

    [Fact]
    public async Task Events_we_do_not_act_on_are_acknowledged()
    {
        var response = await DeliverAsync($$$$"""{"id":"evt_other","object":"event","api_version":"{{{{StripeTestEvents.ApiVersion}}}}","type":"customer.created","data":{"object":{"id":"cus_1","object":"customer"}}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
