using Marketplace.Domain.Common;
using Marketplace.Web.Infrastructure.Payments;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Tests.Features.Payments;

/// <summary>The gateway (Stripe.net) against a fake Stripe on 127.0.0.1: what it sends, and how it treats answers.</summary>
public class StripeGatewayTests
{
    private static StripeGateway Gateway(FakeStripe stripe, string paymentMethods = "card") => Gateway(stripe.BaseUrl, paymentMethods);

    private static StripeGateway Gateway(string apiBase, string paymentMethods = "card", int retries = 3) => new(new HttpClient(), Options.Create(new StripeOptions
    {
        SecretKey = "sk_test_123",
        WebhookSecret = "whsec_test",
        ApiBase = apiBase,
        PaymentMethods = paymentMethods,
        MaxNetworkRetries = retries,
    }));

    private static CheckoutSessionRequest Session(Guid paymentId) => new(paymentId,
        [new CheckoutItem("친환경 주방세제", new Won(15_000), 2), new CheckoutItem("도시락", new Won(8_000), 1)],
        "shopper@test.kr", "http://localhost/checkout/complete/x?session_id={CHECKOUT_SESSION_ID}", "http://localhost/checkout/cancelled/x",
        DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    [Fact]
    public async Task A_checkout_session_is_form_encoded_in_whole_won_with_our_payment_id_and_an_idempotency_key()
    {
        await using var stripe = await FakeStripe.StartAsync();
        stripe.Reply(200, """{"id":"cs_test_1","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/cs_test_1"}""");
        var paymentId = Guid.NewGuid();

        var session = await Gateway(stripe).StartCheckoutAsync(Session(paymentId), CancellationToken.None);

        Assert.Equal("cs_test_1", session.SessionId);
        Assert.Equal("https://checkout.stripe.com/c/pay/cs_test_1", session.RedirectUrl);
        var sent = Assert.Single(stripe.Requests);
        Assert.Equal("/v1/checkout/sessions", sent.Path);
        Assert.Equal("Bearer sk_test_123", sent.Authorization);
        Assert.Equal($"checkout-{paymentId}", sent.IdempotencyKey);
        Assert.StartsWith("application/x-www-form-urlencoded", sent.ContentType);
        Assert.Equal("payment", sent.Form["mode"]);
        Assert.Equal(paymentId.ToString(), sent.Form["client_reference_id"]);
        Assert.Equal(paymentId.ToString(), sent.Form["metadata[payment_id]"]);
        Assert.Equal("krw", sent.Form["line_items[0][price_data][currency]"]);
        Assert.Equal("15000", sent.Form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("친환경 주방세제", sent.Form["line_items[0][price_data][product_data][name]"]);
        Assert.Equal("2", sent.Form["line_items[0][quantity]"]);
        Assert.Equal("8000", sent.Form["line_items[1][price_data][unit_amount]"]);
        Assert.Equal("1800000000", sent.Form["expires_at"]);
        Assert.Contains("{CHECKOUT_SESSION_ID}", sent.Form["success_url"]);
        Assert.Equal("card", sent.Form["allowed_payment_method_types[0]"]);
        Assert.False(sent.Form.ContainsKey("allowed_payment_method_types[1]"));
    }

    [Fact]
    public async Task Configured_korean_payment_methods_are_offered_in_their_order()
    {
        await using var stripe = await FakeStripe.StartAsync();
        stripe.Reply(200, """{"id":"cs_test_3","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/cs_test_3"}""");

        await Gateway(stripe, "kr_card, kakao_pay,naver_pay").StartCheckoutAsync(Session(Guid.NewGuid()), CancellationToken.None);

        var sent = Assert.Single(stripe.Requests).Form;
        Assert.Equal(["kr_card", "kakao_pay", "naver_pay"], sent.Where(f => f.Key.StartsWith("allowed_payment_method_types[")).OrderBy(f => f.Key).Select(f => f.Value));
    }

    [Fact]
    public async Task A_server_error_is_retried_with_the_same_idempotency_key()
    {
        await using var stripe = await FakeStripe.StartAsync();
        stripe.Reply(500, """{"error":{"type":"api_error","message":"Something went wrong"}}""");
        stripe.Reply(409, """{"error":{"type":"idempotency_error","message":"Concurrent request"}}""");
        stripe.Reply(200, """{"id":"cs_test_2","url":"https://checkout.stripe.com/c/pay/cs_test_2"}""");

        var session = await Gateway(stripe).StartCheckoutAsync(Session(Guid.NewGuid()), CancellationToken.None);

        Assert.Equal("cs_test_2", session.SessionId);
        Assert.Equal(3, stripe.Requests.Count);
        Assert.Single(stripe.Requests.Select(r => r.IdempotencyKey).Distinct());
    }

    [Fact]
    public async Task A_card_or_request_error_is_not_retried_and_arrives_typed()
    {
        await using var stripe = await FakeStripe.StartAsync();
        stripe.Reply(400, """{"error":{"type":"invalid_request_error","code":"parameter_invalid_integer","param":"line_items[0][price_data][unit_amount]","message":"Invalid integer"}}""");

        var error = await Assert.ThrowsAsync<StripeApiException>(() => Gateway(stripe).StartCheckoutAsync(Session(Guid.NewGuid()), CancellationToken.None));

        Assert.Equal(StripeErrorType.InvalidRequestError, error.Type);
        Assert.Equal("parameter_invalid_integer", error.Code);
        Assert.Equal("line_items[0][price_data][unit_amount]", error.Param);
        Assert.Single(stripe.Requests);
    }

    [Fact]
    public async Task Refunds_go_by_payment_intent_in_full_or_in_part()
    {
        await using var stripe = await FakeStripe.StartAsync();
        stripe.Reply(200, """{"id":"re_1","status":"succeeded"}""");
        stripe.Reply(200, """{"id":"re_2","status":"pending"}""");
        var gateway = Gateway(stripe);
        var paymentId = Guid.NewGuid();

        var partial = await gateway.RefundAsync(new RefundRequest(paymentId, "pi_123", new Won(7_000), "refund-order-5"), CancellationToken.None);
        var full = await gateway.RefundAsync(new RefundRequest(paymentId, "pi_123", null, "refund-late-x"), CancellationToken.None);

        Assert.Equal(("re_1", "succeeded"), (partial.RefundId, partial.Status));
        Assert.Equal("pending", full.Status);
        var sent = stripe.Requests.ToArray();
        Assert.All(sent, r => Assert.Equal("/v1/refunds", r.Path));
        Assert.Equal("pi_123", sent[0].Form["payment_intent"]);
        Assert.Equal("7000", sent[0].Form["amount"]);
        Assert.Equal("refund-order-5", sent[0].IdempotencyKey);
        Assert.False(sent[1].Form.ContainsKey("amount"));
    }

    [Fact]
    public async Task Stripe_out_of_reach_fails_after_the_retries()
    {
        var gateway = Gateway("http://127.0.0.1:9", retries: 1); // discard port: nothing listens
        var error = await Assert.ThrowsAsync<PaymentGatewayException>(() => gateway.StartCheckoutAsync(Session(Guid.NewGuid()), CancellationToken.None));
        Assert.IsNotType<StripeApiException>(error);
    }

    [Fact]
    public async Task Without_a_secret_key_nothing_is_sent()
    {
        await using var stripe = await FakeStripe.StartAsync();
        var gateway = new StripeGateway(new HttpClient(), Options.Create(new StripeOptions { ApiBase = stripe.BaseUrl }));
        await Assert.ThrowsAsync<PaymentGatewayException>(() => gateway.StartCheckoutAsync(Session(Guid.NewGuid()), CancellationToken.None));
        Assert.Empty(stripe.Requests);
    }

    [Fact]
    public async Task A_checkout_in_the_app_goes_to_stripe_with_the_configured_payment_methods()
    {
        await using var stripe = await FakeStripe.StartAsync();
        stripe.Reply(200, """{"id":"cs_app_1","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/cs_app_1"}""");
        using var app = new StripeAppFactory(stripe.BaseUrl, "card,kakao_pay,naver_pay,payco");
        var member = await app.NewMemberAsync();
        await app.AddToCartAsync(member, await app.ProductWithStockAsync(5, price: 23_000), 2);

        var started = await app.CheckoutAsync(member);

        Assert.Equal("https://checkout.stripe.com/c/pay/cs_app_1", started.RedirectUrl);
        var sent = Assert.Single(stripe.Requests);
        Assert.Equal($"checkout-{started.PaymentId}", sent.IdempotencyKey);
        Assert.Equal("23000", sent.Form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal(["card", "kakao_pay", "naver_pay", "payco"],
            sent.Form.Where(f => f.Key.StartsWith("allowed_payment_method_types[")).OrderBy(f => f.Key).Select(f => f.Value));
    }

    private sealed class StripeAppFactory(string apiBase, string paymentMethods) : AppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Payments:Stripe:SecretKey"] = "sk_test_app",
            ["Payments:Stripe:WebhookSecret"] = "whsec_app",
            ["Payments:Stripe:ApiBase"] = apiBase,
            ["Payments:Stripe:PaymentMethods"] = paymentMethods,
        };
    }
}
