namespace Marketplace.Web.Infrastructure.Views;

/// <summary>A refused form is shown again at the address it was posted to (<c>/…/ship</c>), which
/// only takes POST. Two things keep that address from becoming a dead end: the page replaces it in
/// the address bar with the page the form was on (<c>reshown.js</c>, from the same-origin Referer),
/// and a GET that still reaches a POST-only address (a bookmark, a reopened tab) is sent to the page
/// it belongs to, one segment up (<c>/…/orders/5/ship</c> → <c>/…/orders/5</c>), instead of a 405.</summary>
public static class PostOnlyAddresses
{
    /// <summary>The display name endpoint routing gives its "method not allowed" endpoint.</summary>
    private const string MethodNotAllowed = "405 HTTP Method Not Supported";

    public static IApplicationBuilder UsePostOnlyAddressRedirect(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) && context.GetEndpoint()?.DisplayName == MethodNotAllowed
            && context.Request.Path.Value is { } path && path.TrimEnd('/').LastIndexOf('/') is > 0 and var cut)
        {
            context.Response.Redirect(path[..cut]);
            return;
        }
        await next();
    });

    /// <summary>The same-origin page a form was posted from, to show in the address bar again.</summary>
    public static string? PageOfForm(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
        && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
        && referer.AbsolutePath != request.Path.Value
            ? referer.PathAndQuery
            : null;
}
