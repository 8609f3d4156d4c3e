using System.Globalization;
using System.Net;
using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shared;

public static class Endpoints
{
    /// <summary><c>/healthz</c>, for a load balancer and for people: 200 while the database answers, 503 when it
    /// does not. The body says so, whether Redis answers when one is configured ("degraded" when not), and how
    /// long the oldest mail not yet delivered has waited (a stuck queue is worth a look, not a reason to take the
    /// server out).</summary>
    public static void MapHealthCheck(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", async (MarketplaceDbContext db, IServiceProvider services, TimeProvider clock, CancellationToken ct) =>
        {
            string database = "ok", mail = "unknown";
            try
            {
                var waiting = await Infrastructure.Email.MailQueue.WaitingAsync(db, ct);
                mail = waiting.OldestAtUtc is { } oldest
                    ? $"{waiting.Count} waiting, oldest {(long)(clock.GetUtcNow().UtcDateTime - oldest).TotalSeconds} s"
                    : "empty";
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                database = "unavailable";
            }
            var redis = "not configured";
            if (services.GetService<StackExchange.Redis.IConnectionMultiplexer>() is { } multiplexer)
            {
                try
                {
                    await multiplexer.GetDatabase().PingAsync();
                    redis = "ok";
                }
                catch (Exception exception) when (exception is StackExchange.Redis.RedisException or TimeoutException)
                {
                    redis = "unavailable";
                }
            }
            // Without Redis a server still serves everything correctly (caches and limits of its own), so it stays in.
            var status = database != "ok" ? "unavailable" : redis is "ok" or "not configured" ? "ok" : "degraded";
            return Results.Json(new { status, database, redis, mail },
                statusCode: database == "ok" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });

    /// <summary>Generated product and enterprise pictures: a coloured tile with a label,
    /// drawn from the URL alone, so demo data needs no image files.</summary>
    /// <summary>Listing photos and their thumbnails; names are random, so they are cached for good.</summary>
    public static void MapMedia(this IEndpointRouteBuilder app) =>
        app.MapGet("/media/{name}", async (string name, Infrastructure.Storage.ImageStore images, HttpContext context) =>
        {
            if (await images.FindAsync(name, context.RequestAborted) is not { } file) return Results.NotFound();
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Stream(file.Content, file.ContentType);
        });

    public static void MapGeneratedImages(this IEndpointRouteBuilder app) =>
        app.MapGet("/img/generated/{hue:int:range(0,359)}/{label}.svg", (int hue, string label, HttpContext context) =>
        {
            var text = WebUtility.HtmlEncode(label.Length > 8 ? label[..8] : label);
            var svg = string.Create(CultureInfo.InvariantCulture, $"""
                <svg xmlns="http://www.w3.org/2000/svg" width="480" height="360" viewBox="0 0 480 360">
                <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
                <stop offset="0" stop-color="hsl({hue},55%,72%)"/><stop offset="1" stop-color="hsl({(hue + 40) % 360},60%,52%)"/>
                </linearGradient></defs>
                <rect width="480" height="360" fill="url(#g)"/>
                <circle cx="380" cy="80" r="120" fill="#ffffff" fill-opacity="0.18"/>
                <circle cx="90" cy="300" r="90" fill="#ffffff" fill-opacity="0.12"/>
                <text x="240" y="200" font-family="Noto Sans CJK KR, sans-serif" font-size="48" font-weight="700" fill="#ffffff" text-anchor="middle">{text}</text>
                </svg>
                """);
            context.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Text(svg, "image/svg+xml");
        });
}
