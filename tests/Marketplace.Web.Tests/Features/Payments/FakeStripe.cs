using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Web.Tests.Features.Payments;

/// <summary>A stand-in for api.stripe.com on 127.0.0.1: records what it receives and answers each
/// request with the next scripted reply (status and Stripe-shaped JSON).</summary>
public sealed class FakeStripe : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string Json)> _replies = new();

    public sealed record Received(string Method, string Path, string? Authorization, string? IdempotencyKey, string ContentType, IReadOnlyDictionary<string, string> Form);

    public ConcurrentQueue<Received> Requests { get; } = new();
    public string BaseUrl { get; }

    private FakeStripe(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<FakeStripe> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeStripe? fake = null;
        app.Run(async context =>
        {
            var form = context.Request.HasFormContentType
                ? (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString())
                : new Dictionary<string, string>();
            fake!.Requests.Enqueue(new Received(context.Request.Method, context.Request.Path, context.Request.Headers.Authorization,
                context.Request.Headers["Idempotency-Key"], context.Request.ContentType ?? "", form));
            var (status, json) = fake._replies.TryDequeue(out var reply) ? reply : Unscripted(context.Request.Path, form);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake = new FakeStripe(app, address);
        return fake;
    }

    public void Reply(int status, string json) => _replies.Enqueue((status, json));

    /// <summary>Without a scripted reply, a new checkout session is answered as Stripe would, named after our
    /// payment id (<c>cs_test_{id:N}</c>), so tests can sign events about it; anything else gets <c>{}</c>.</summary>
    private static (int, string) Unscripted(string path, IReadOnlyDictionary<string, string> form) =>
        path == "/v1/checkout/sessions" && Guid.TryParse(form.GetValueOrDefault("client_reference_id"), out var payment)
            ? (200, $$"""{"id":"cs_test_{{payment:N}}","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/cs_test_{{payment:N}}"}""")
            : (200, "{}");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
