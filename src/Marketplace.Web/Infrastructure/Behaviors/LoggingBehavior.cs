using System.Diagnostics;
using MediatR;

namespace Marketplace.Web.Infrastructure.Behaviors;

/// <summary>Logs a request's name and duration, and counts it by outcome (<see cref="Telemetry"/>). Never
/// the request itself: commands may carry personal data or payment references.</summary>
public sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = RequestName.Of(typeof(TRequest));
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            var response = await next();
            outcome = Telemetry.OutcomeOf(response);
            return response;
        }
        catch (Exception e)
        {
            outcome = Telemetry.OutcomeOf(e);
            throw;
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (Telemetry.Requests.Enabled)
            {
                var tags = new TagList { { "request", name }, { "outcome", outcome } };
                Telemetry.Requests.Add(1, tags);
                Telemetry.RequestDuration.Record(elapsed.TotalSeconds, tags);
            }
            if (elapsed > TimeSpan.FromMilliseconds(500))
                logger.LogWarning("{Request} took {ElapsedMs} ms", name, (long)elapsed.TotalMilliseconds);
            else
                logger.LogDebug("{Request} took {ElapsedMs} ms", name, (long)elapsed.TotalMilliseconds);
        }
    }
}

internal static class RequestName
{
    /// <summary>`Search+Query` becomes `Search.Query`, the way callers write it.</summary>
    public static string Of(Type type) => (type.FullName ?? type.Name).Replace("Marketplace.Web.Features.", "").Replace('+', '.');
}
