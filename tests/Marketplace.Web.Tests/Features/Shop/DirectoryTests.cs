using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Features.Shop.Enterprises;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop;

/// <summary><c>/enterprises</c>: approved enterprises only, each filter keeping exactly what it names, sorted and paged.</summary>
public class DirectoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<List<Enterprise>> ApprovedAsync() => app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises.AsNoTracking()
        .Include(e => e.SocialValueYears).Where(e => e.Status == ApprovalStatus.Approved).ToListAsync());

    [Fact]
    public async Task Each_filter_keeps_exactly_the_enterprises_it_names()
    {
        var approved = await ApprovedAsync();
        var today = KoreaTime.Today(TimeProvider.System);

        var cooperatives = await app.SendAsync(new EnterpriseDirectory.Query { Type = EnterpriseType.Cooperative });
        Assert.Equal(approved.Count(e => e.Type == EnterpriseType.Cooperative), cooperatives.TotalCount);
        Assert.All(cooperatives.Items, e => Assert.Equal(EnterpriseType.Cooperative, e.Type));

        var busan = await app.SendAsync(new EnterpriseDirectory.Query { Region = Region.Busan });
        Assert.Equal(approved.Where(e => e.Region == Region.Busan).Select(e => e.Id).Order(), busan.Items.Select(e => e.Id).Order());

        var certified = await app.SendAsync(new EnterpriseDirectory.Query { Certified = true });
        Assert.Equal(approved.Count(e => e.IsCertifiedOn(today)), certified.TotalCount);
        Assert.True(certified.TotalCount < approved.Count, "the demo has lapsed certifications, which this filter leaves out");

        var upcycled = await app.SendAsync(new EnterpriseDirectory.Query { Tag = "upcycle" });
        var withTag = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .Where(p => p.Status == Domain.Catalog.ProductStatus.Published && p.Tags.Any(t => t.Slug == "upcycle")).Select(p => p.EnterpriseId).Distinct().ToListAsync());
        Assert.Equal(withTag.Order(), upcycled.Items.Select(e => e.Id).Order());

        var none = await app.SendAsync(new EnterpriseDirectory.Query { Type = EnterpriseType.VillageEnterprise, Region = Region.Jeju, Tag = "no-such-tag" });
        Assert.Equal(0, none.TotalCount);
    }

    [Fact]
    public async Task It_sorts_by_social_value_with_enterprises_without_figures_last_and_pages_by_24()
    {
        var approved = await ApprovedAsync();
        var first = await app.SendAsync(new EnterpriseDirectory.Query { Sort = EnterpriseDirectory.SortOrder.SocialValue });
        Assert.Equal(approved.Count, first.TotalCount);
        var values = first.Items.Select(e => e.SocialValueWon ?? -1).ToList();
        Assert.Equal(values.OrderByDescending(v => v), values);
        var best = approved.Max(e => e.SocialValueYears.OrderByDescending(y => y.Year).Select(y => y.TotalWon).FirstOrDefault());
        Assert.Equal(best, first.Items[0].SocialValueWon);

        Assert.Equal(EnterpriseDirectory.PageSize, first.Items.Count);
        var second = await app.SendAsync(new EnterpriseDirectory.Query { Sort = EnterpriseDirectory.SortOrder.SocialValue, Page = 2 });
        Assert.Equal(approved.Count - EnterpriseDirectory.PageSize, second.Items.Count);
        Assert.Empty(first.Items.Select(e => e.Id).Intersect(second.Items.Select(e => e.Id)));

        var byName = await app.SendAsync(new EnterpriseDirectory.Query());
        Assert.Equal(byName.Items.Select(e => e.Name).Order(StringComparer.Ordinal), byName.Items.Select(e => e.Name));
    }

    [Fact]
    public async Task The_page_lists_cards_with_page_numbers_and_the_header_links_to_it()
    {
        using var client = app.CreateClient();
        var html = await client.GetStringAsync("/enterprises?sort=Newest&page=2");
        Assert.Contains("aria-current=\"page\">2</span>", html);
        Assert.Contains("href=\"/enterprises?sort=Newest&amp;page=1\"", html);
        Assert.Contains("class=\"card enterprise-item\"", html);
        Assert.Contains("<a href=\"/enterprises\">기업 찾기</a>", await client.GetStringAsync("/"));

        var bad = await client.GetAsync("/enterprises?page=0&type=Nonsense");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task The_header_count_comes_from_a_json_answer_of_its_own_so_the_page_stays_the_same_for_everyone()
    {
        using var client = app.CreateBrowserlikeClient();
        var home = await client.GetStringAsync("/");
        Assert.Contains("<span class=\"cart-count\" data-cart-count hidden></span>", home);
        Assert.Contains("/js/cart-count.js", home);
        Assert.Equal("{\"count\":0}", await client.GetStringAsync("/cart/count"));

        var product = await app.ProductWithStockAsync(10);
        var token = Html.AntiforgeryToken(await client.GetStringAsync($"/products/{product}"));
        var added = await client.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["productId"] = product.ToString(), ["quantity"] = "3", ["__RequestVerificationToken"] = token }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, added.StatusCode);
        var count = await client.GetAsync("/cart/count");
        Assert.Equal("{\"count\":3}", await count.Content.ReadAsStringAsync());
        Assert.Contains("no-store", count.Headers.CacheControl!.ToString());
    }
}
