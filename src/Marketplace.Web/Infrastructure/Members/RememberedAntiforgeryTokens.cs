using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Members;

/// <summary>The request token a browser's forms carry, made once per antiforgery cookie and member and reused
/// for <see cref="SignInSessions.RecheckAfter"/>: reading the cookie's token and writing a request token (two
/// data-protection operations) were a quarter of a signed-in product page's time. A request token stays valid
/// as long as its cookie and its member, so reusing one weakens nothing; a browser without the cookie, and every
/// validation, go to ASP.NET Core's own antiforgery unchanged.</summary>
public sealed class RememberedAntiforgeryTokens(IAntiforgery inner, IOptions<AntiforgeryOptions> options, TimeProvider clock) : IAntiforgery
{
    private readonly ShortMemory<string, AntiforgeryTokenSet> _tokens = new(10_000, StringComparer.Ordinal);

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        if (httpContext.Request.Cookies[options.Value.Cookie.Name!] is not { Length: > 0 } cookie) return inner.GetAndStoreTokens(httpContext);
        var key = string.Concat(cookie, "|", httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier));
        var now = clock.GetUtcNow();
        if (_tokens.TryRecall(key, now, out var remembered))
        {
            // What the inner one does for a page with a form beside the token: not to be kept by any cache.
            if (!httpContext.Response.HasStarted)
            {
                httpContext.Response.Headers.CacheControl = "no-cache, no-store";
                httpContext.Response.Headers.Pragma = "no-cache";
                if (!options.Value.SuppressXFrameOptionsHeader && !httpContext.Response.Headers.ContainsKey("X-Frame-Options"))
                    httpContext.Response.Headers.XFrameOptions = "SAMEORIGIN";
            }
            return remembered;
        }
        var tokens = inner.GetAndStoreTokens(httpContext);
        // A cookie the inner one had to replace (unreadable, or of old keys) is not remembered under the old value.
        if (tokens.CookieToken is null)
            _tokens.Remember(key, tokens, now + SignInSessions.RecheckAfter);
        return tokens;
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    /// <summary>Puts this in front of the antiforgery that MVC registered.</summary>
    public static void Register(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(original);
        services.AddSingleton<IAntiforgery>(sp => new RememberedAntiforgeryTokens(
            (IAntiforgery)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!),
            sp.GetRequiredService<IOptions<AntiforgeryOptions>>(), sp.GetRequiredService<TimeProvider>()));
    }
}
