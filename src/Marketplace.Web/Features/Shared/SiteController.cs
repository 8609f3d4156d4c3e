using Marketplace.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Web.Features.Shared;

/// <summary>Pages that belong to no audience: errors, status pages, the language switch,
/// and the static page benchmarks measure against.</summary>
public sealed class SiteController : Controller
{
    // Any method: a failed POST is re-executed here as a POST, with its body. The code comes from
    // the route only: the body may be what made the request fail (an unreadable form).
    [Route("/status/{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status([FromRoute] int code)
    {
        Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status400BadRequest;
        return View(code == 404 ? "NotFound" : "Error");
    }

    [Route("/error")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error()
    {
        if (Infrastructure.Data.DatabaseBusy.Is(HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error))
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = Infrastructure.Data.DatabaseBusy.RetryAfterSeconds.ToString();
            return View("Busy");
        }
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error");
    }

    /// <summary>A page with the site's layout and no database work: the benchmarks' baseline.</summary>
    [HttpGet("/baseline")]
    public IActionResult Baseline() => View("Baseline");

    /// <summary>Switches the language and returns to the page the user was on.</summary>
    [HttpGet("/culture/{culture}")]
    public IActionResult SetCulture(string culture, string? returnUrl)
    {
        if (Cultures.Supported.Contains(culture)) Cultures.Remember(Response, culture);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
