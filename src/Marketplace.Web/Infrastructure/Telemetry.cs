using System.Diagnostics.Metrics;
using Marketplace.Web.Infrastructure.Settings;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Marketplace.Web.Infrastructure;

/// <summary>The shop's own metrics, beside what ASP.NET Core, HttpClient, EF Core and the runtime report:
/// every use case handled, by request and outcome (a checkout's <c>ok</c> or <c>NotEnoughStock</c>, a
/// payment outcome's <c>Applied</c> or <c>AlreadyApplied</c>, a webhook's <c>Refused</c>), its duration,
/// and the mail queue. Exported by OTLP when <c>OpenTelemetry:Endpoint</c> is set; nothing is sent otherwise.</summary>
public static class Telemetry
{
    public const string Name = "Marketplace";

    public static readonly Meter Meter = new(Name);

    /// <summary>Tagged <c>request</c> (<c>Shop.Checkout.StartCheckout.Command</c>) and <c>outcome</c>.</summary>
    public static readonly Counter<long> Requests = Meter.CreateCounter<long>("marketplace.requests", description: "Use cases handled, by request and outcome");

    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>("marketplace.request.duration", "s", "Time a use case took");

    private static long _mailWaiting;
    private static long _oldestMailSeconds;

    static Telemetry()
    {
        Meter.CreateObservableGauge("marketplace.mail.queue.length", () => Interlocked.Read(ref _mailWaiting), description: "Mails not yet delivered");
        Meter.CreateObservableGauge("marketplace.mail.queue.oldest", () => Interlocked.Read(ref _oldestMailSeconds), "s", "Age of the oldest mail not yet delivered");
    }

    /// <summary>What the mail dispatcher found waiting on its last pass.</summary>
    public static void MailQueue(long waiting, TimeSpan oldest)
    {
        Interlocked.Exchange(ref _mailWaiting, waiting);
        Interlocked.Exchange(ref _oldestMailSeconds, (long)oldest.TotalSeconds);
    }

    /// <summary>An answer that is an enum names its outcome; a refusal names its code; anything else is <c>ok</c>.</summary>
    public static string OutcomeOf(object? response) => response is Enum outcome ? outcome.ToString() : "ok";

    public static string OutcomeOf(Exception exception) => exception switch
    {
        Domain.Common.DomainException refused => refused.Code,
        Behaviors.InputValidationException => "invalid",
        OperationCanceledException => "cancelled",
        _ => exception.GetType().Name,
    };

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<TelemetrySettings>(configuration);
        // Read here to decide what to register; a wrong value is refused at start by the settings check.
        var settings = configuration.GetSection(TelemetrySettings.Section).Get<TelemetrySettings>() ?? new();
        if (!Uri.TryCreate(settings.Endpoint, UriKind.Absolute, out var address)) return services;
        var protocol = settings.Protocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("marketplace", serviceInstanceId: Environment.MachineName + "/" + Environment.ProcessId))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(http => http.Filter = context => !context.Request.Path.StartsWithSegments("/healthz"))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource("Npgsql"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Name, "Npgsql"))
            .UseOtlpExporter(protocol, address);
        return services;
    }
}
