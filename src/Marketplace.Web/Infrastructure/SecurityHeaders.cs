namespace Marketplace.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>Cookies go over HTTPS only, except in development, tests and where
    /// <c>Security:HttpsOnly=false</c> says the shop is served over plain HTTP (benchmarks on loopback).</summary>
    public static CookieSecurePolicy CookiePolicy(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Security:HttpsOnly", !environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;

    // No inline script or style anywhere: everything comes from wwwroot.
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
        "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        // For browsers that predate frame-ancestors.
        headers.XFrameOptions = "DENY";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
        await next();
    });
}
