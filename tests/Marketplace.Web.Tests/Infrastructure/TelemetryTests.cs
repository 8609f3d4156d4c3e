using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>With <c>OpenTelemetry:Endpoint</c> set, requests and their database commands are traced and the shop's
/// use cases counted by outcome; an in-memory exporter beside the OTLP one shows what would be sent. The shop's meter is
/// the process's, so this runs alone: no other test's checkout is counted with this one's.</summary>
[Collection(ProcessWideMetrics.Name)]
public class TelemetryTests
{
    private sealed class TracedApp : AppFactory
    {
        public List<Activity> Spans { get; } = [];
        public List<Metric> Metrics { get; } = [];

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["OpenTelemetry:Endpoint"] = "http://127.0.0.1:4317", // nothing listens: export fails quietly, as with a collector down
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
                services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
            });
        }
    }

    [Fact]
    public async Task A_page_is_traced_with_its_route_and_its_queries_and_a_checkout_is_counted_by_outcome()
    {
        using var app = new TracedApp();
        Assert.True((await app.CreateClient().GetAsync("/products")).IsSuccessStatusCode);
        var shopper = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(5);
        await app.AddToCartAsync(shopper, product, 1);
        await app.CheckoutAsync(shopper);

        app.Services.GetRequiredService<TracerProvider>().ForceFlush();
        app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var page = Assert.Single(app.Spans, s => s.Kind == ActivityKind.Server && (string?)s.GetTagItem("http.route") == "products");
        Assert.Equal(200, page.GetTagItem("http.response.status_code"));
        Assert.Contains(app.Spans, s => s.ParentSpanId == page.SpanId && s.Kind == ActivityKind.Client && s.GetTagItem("db.system") is not null);

        var requests = Assert.Single(app.Metrics, m => m.Name == "marketplace.requests");
        var checkouts = new List<(string Outcome, long Count)>();
        foreach (ref readonly var point in requests.GetMetricPoints())
        {
            string? request = null, outcome = null;
            foreach (var tag in point.Tags)
            {
                if (tag.Key == "request") request = tag.Value as string;
                if (tag.Key == "outcome") outcome = tag.Value as string;
            }
            if (request == "Shop.Checkout.StartCheckout.Command") checkouts.Add((outcome!, point.GetSumLong()));
        }
        Assert.Equal([("ok", 1L)], checkouts);
        Assert.Contains(app.Metrics, m => m.Name == "http.server.request.duration");
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMetrics
{
    public const string Name = "Process-wide metrics";
}
