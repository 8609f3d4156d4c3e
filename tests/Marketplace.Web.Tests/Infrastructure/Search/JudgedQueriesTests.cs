using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Marketplace.Web.Tests.Infrastructure;
using Catalog = Marketplace.Web.Features.Shop.Catalog;

namespace Marketplace.Web.Tests.Infrastructure.Search;

/// <summary>Queries as Korean shoppers and buyers type them, over the demo catalog, each with the product that must
/// come first (a part of its name): spacing, word order, typos, 초성, the wrong keyboard mode, English and synonyms,
/// enterprise names. The score is printed; every query must be judged right.</summary>
public class JudgedQueriesTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static readonly (string Query, string First)[] Judged =
    [
        ("주방 세제", "주방세제"), ("세제 주방", "주방세제"), ("주방세제", "주방세제"), ("세제 친환경", "주방세제"),
        ("천연 비누", "천연비누"), ("비누", "천연비누"), ("사무실 청소", "사무실 정기 청소"), ("유기농쌀", "유기농 쌀"),
        ("의자", "원목 의자"), ("세재", "세제"), ("도시략", "도시락"), ("사뮤실 청소", "사무실 정기 청소"),
        ("ㄷㅅㄹ", "도시락"), ("ㅂㄴ", "비누"), ("ehtlfkr", "도시락"), ("tpwp", "세제"), ("dnjsahr dmlwk", "원목 의자"),
        ("lunch box", "도시락"), ("soap", "비누"), ("dish soap", "주방세제"), ("rice", "유기농 쌀"), ("wallet", "가죽 지갑"),
        ("chocolate", "초콜릿"), ("장바구니 가방", "에코백"), ("에코백", "에코백"), ("복사용지", "복사용지"), ("토너", "토너 카트리지"),
        ("명함", "명함 인쇄"), ("고추장", "고추장"), ("방역 소독", "방역 소독"), ("편백도마", "편백 도마"), ("머그", "머그컵"),
        ("공정무역 커피", "원두커피"), ("원두", "원두커피"), ("행복푸드 된장", "된장"),
    ];

    [Fact]
    public async Task Each_judged_query_puts_its_product_first()
    {
        var wrong = new List<string>();
        foreach (var (query, first) in Judged)
        {
            var result = await app.SendAsync(new Catalog.Search.Query { Q = query });
            var top = result.Items.FirstOrDefault()?.Name ?? "(nothing)";
            if (!top.Contains(first, StringComparison.Ordinal)) wrong.Add($"{query} → {top} (expected {first})");
        }
        Console.WriteLine($"Judged queries: {Judged.Length - wrong.Count} of {Judged.Length} right");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task A_query_finds_the_enterprise_it_names_and_its_products()
    {
        var result = await app.SendAsync(new Catalog.Search.Query { Q = "행복푸드" });
        Assert.Contains(result.Enterprises, e => e.Name == "(주)행복푸드");
        Assert.All(result.Items.Take(5), p => Assert.Equal("(주)행복푸드", p.EnterpriseName));
    }

    [Fact]
    public async Task Words_keep_the_filters_and_the_other_sorts()
    {
        var all = await app.SendAsync(new Catalog.Search.Query { Q = "세제" });
        var cheap = await app.SendAsync(new Catalog.Search.Query { Q = "세제", Sort = Catalog.Search.SortOrder.PriceLow });
        Assert.Equal(all.TotalCount, cheap.TotalCount);
        Assert.Equal(cheap.Items.Select(i => i.Price).Order(), cheap.Items.Select(i => i.Price));
        var filtered = await app.SendAsync(new Catalog.Search.Query { Q = "세제", MaxPrice = 9_000 });
        Assert.All(filtered.Items, i => Assert.True(i.Price <= 9_000));
        Assert.True(filtered.TotalCount < all.TotalCount);
    }

    [Fact]
    public async Task One_enterprise_or_one_name_does_not_fill_three_places_in_a_row_on_the_first_page()
    {
        foreach (var query in new[] { "세제", "도시락", "친환경", "협동조합", "선물 세트" })
        {
            var items = (await app.SendAsync(new Catalog.Search.Query { Q = query })).Items;
            for (var i = 2; i < items.Count; i++)
            {
                bool Repeats(Catalog.ProductCard c) => c.EnterpriseId == items[i - 1].EnterpriseId && c.EnterpriseId == items[i - 2].EnterpriseId
                    || c.Name == items[i - 1].Name && c.Name == items[i - 2].Name;
                // A third in a row only when nothing else is left to put there.
                Assert.False(Repeats(items[i]) && items.Skip(i + 1).Any(c => !Repeats(c)), $"{query}: a run of three at {i} ({items[i].Name}, {items[i].EnterpriseName})");
            }
        }
    }

    [Fact]
    public async Task A_change_to_the_catalog_is_found_by_the_next_search()
    {
        var token = Guid.NewGuid().ToString("N")[..6];
        var product = await app.ProductWithStockAsync(5);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Domain.Data.MarketplaceDbContext>();
            var p = await db.Products.Include(x => x.PriceTiers).SingleAsync(x => x.Id == product);
            // The operator approves the new name: the approved change is what the index follows.
            p.Edit($"무지개 텀블러 {token}", "Rainbow tumbler", "", "", new Domain.Common.Won(p.PriceWon), []);
            p.ApproveChange(p.Revision);
            return await db.SaveChangesAsync();
        });
        Assert.Equal([product], (await app.SendAsync(new Catalog.Search.Query { Q = $"텀블러 {token}" })).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Nothing_found_offers_the_closest_name_and_is_noted_for_the_operator()
    {
        var result = await app.SendAsync(new Catalog.Search.Query { Q = "도시락락락 qqq" });
        Assert.Empty(result.Items);
        Assert.Contains("도시락", result.DidYouMean);
        var admin = await app.SignedInAsync("admin@demo.kr");
        for (var waited = 0; waited < 5_000 && !(await admin.GetStringAsync("/admin/search")).Contains("도시락락락 qqq"); waited += 100) await Task.Delay(100);
        Assert.Contains("도시락락락 qqq", await admin.GetStringAsync("/admin/search"));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("ㅏㅏㅏㅏ")]
    [InlineData("ㄱ")]
    [InlineData("🍙🍙 도시락")]
    [InlineData("' OR 1=1; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("*?~^\"\\/")]
    public async Task Odd_queries_get_a_normal_page(string query)
    {
        var page = await app.CreateBrowserlikeClient().GetAsync("/products?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", await page.Content.ReadAsStringAsync());
        var tooLong = await app.CreateBrowserlikeClient().GetAsync("/products?q=" + new string('가', 10_000));
        Assert.NotEqual(HttpStatusCode.InternalServerError, tooLong.StatusCode);
    }

    [Fact]
    public async Task Suggestions_name_products_enterprises_and_categories_as_json()
    {
        var client = app.CreateBrowserlikeClient();
        async Task<List<(string Kind, string Label, string Url)>> SuggestAsync(string q) =>
            System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/search/suggest?q=" + Uri.EscapeDataString(q))).RootElement.EnumerateArray()
                .Select(e => (e.GetProperty("kind").GetString()!, e.GetProperty("label").GetString()!, e.GetProperty("url").GetString()!)).ToList();
        Assert.Contains(await SuggestAsync("도시"), s => s.Kind == "product" && s.Label.Contains("도시락"));
        Assert.Contains(await SuggestAsync("행복"), s => s.Kind == "enterprise" && s.Label.Contains("행복") && s.Url.StartsWith("/enterprises/"));
        Assert.Contains(await SuggestAsync("사무"), s => s.Kind == "category" && s.Url.StartsWith("/products?category="));
        Assert.Contains(await SuggestAsync("ㄷㅅㄹ"), s => s.Label.Contains("도시락"));
        Assert.Empty(await SuggestAsync(""));
    }

    [Fact]
    public async Task Page_numbers_are_links_and_a_page_beyond_the_last_goes_to_the_last()
    {
        var client = app.CreateBrowserlikeClient();
        var page = await client.GetStringAsync("/products?q=" + Uri.EscapeDataString("친환경"));
        Assert.Contains("aria-current=\"page\">1<", page);
        Assert.Contains("page=2", page);
        var beyond = await client.GetAsync("/products?q=" + Uri.EscapeDataString("친환경") + "&page=999");
        Assert.Equal(HttpStatusCode.Redirect, beyond.StatusCode);
        Assert.Matches(@"page=\d$", beyond.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Pages_by_relevance_neither_repeat_nor_skip_a_product()
    {
        var first = await app.SendAsync(new Catalog.Search.Query { Q = "친환경" });
        Assert.True(first.PageCount > 1);
        var shown = new List<int>(first.Items.Select(i => i.Id));
        for (var page = 2; page <= first.PageCount; page++)
            shown.AddRange((await app.SendAsync(new Catalog.Search.Query { Q = "친환경", Page = page })).Items.Select(i => i.Id));
        Assert.Equal(shown.Count, shown.Distinct().Count());
        Assert.Equal(first.TotalCount, shown.Count);
        // The same products as the list sorted by price, which the database orders.
        var byPrice = await app.SendAsync(new Catalog.Search.Query { Q = "친환경", Sort = Catalog.Search.SortOrder.PriceLow });
        Assert.Equal(byPrice.TotalCount, first.TotalCount);
    }

    [Fact]
    public async Task Words_the_catalog_holds_are_not_read_as_typos_when_no_product_has_both()
    {
        var result = await app.SendAsync(new Catalog.Search.Query { Q = "고추장 복사용지" });
        Assert.Empty(result.Items);
        Assert.NotNull(result.DidYouMean);
    }

    [Fact]
    public async Task The_procurement_catalog_searches_the_same_way()
    {
        var buyer = await app.SignedInAsync("buyer@demo.kr");
        var page = await buyer.GetStringAsync("/procurement/products?q=" + Uri.EscapeDataString("ehtlfkr"));
        Assert.Contains("도시락", page);
    }
}
