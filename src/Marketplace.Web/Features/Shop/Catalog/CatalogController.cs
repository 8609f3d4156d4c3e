using System.Security.Claims;
using MediatR;
using Marketplace.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Web.Features.Shop.Catalog;

public sealed class CatalogController(IMediator mediator) : Controller
{
    /// <param name="region">The "우리 지역" row a visitor chose; a member's own region otherwise.</param>
    [HttpGet("/"), OutputCache(PolicyName = SharedReadCache.PagePolicy, VaryByQueryKeys = ["region"])]
    public async Task<IActionResult> Home(Domain.Common.Region? region, CancellationToken ct)
    {
        var memberId = User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var local = region ?? await mediator.Send(new ShopperRegion.Query(memberId), ct);
        return View(await mediator.Send(new Home.Query { Region = local }, ct));
    }

    [HttpGet("/products"), OutputCache(PolicyName = SharedReadCache.PagePolicy)]
    public async Task<IActionResult> Search([FromQuery] Search.Query query, CancellationToken ct)
    {
        var result = await mediator.Send(query, ct);
        // A page beyond the last (an old link, a typed number) goes to the last.
        if (query.Page > result.PageCount)
            return Redirect("/products" + Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("",
                Request.Query.Where(p => p.Key != "page").SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
                    .Append(new("page", result.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        return View(result);
    }

    /// <summary>Suggestions while typing: products, enterprises and categories, as JSON for <c>/js/suggest.js</c>.</summary>
    [HttpGet("/search/suggest")]
    public async Task<IActionResult> Suggest(string? q, CancellationToken ct) => Json(await mediator.Send(new Suggestions.Query(q, Infrastructure.Localization.Cultures.Current), ct));

    /// <param name="reviews">How the reviews are listed; <paramref name="reviewPage"/> which page of them.</param>
    [HttpGet("/products/{id:int}")]
    public async Task<IActionResult> Details(int id, Reviews.ProductReviews.SortOrder reviews = default, int reviewPage = 1, CancellationToken ct = default)
    {
        if (await mediator.Send(new Details.Query(id), ct) is not { } product) return NotFound();
        // Shared answers both: the product's is cached apart from its reviews, so neither is copied into the other.
        ViewData["Reviews"] = await mediator.Send(new Reviews.ProductReviews.Query(id, reviews, reviewPage), ct);
        ViewData["Recent"] = await Recent.RecentlyViewedProducts.ViewedAsync(mediator, HttpContext, id, ct);
        return View(product);
    }
}
