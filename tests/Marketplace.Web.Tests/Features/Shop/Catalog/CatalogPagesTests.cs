using System.Net;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Features.Shop.Catalog;

/// <summary>What a visitor gets over HTTP: language, money format, and no 500 for any bad input.</summary>
public class CatalogPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private HttpClient Client() => app.CreateBrowserlikeClient();

    [Fact]
    public async Task Pages_are_korean_by_default_with_won_after_the_amount()
    {
        var html = await Client().GetStringAsync("/products/1");
        Assert.Contains("<html lang=\"ko\">", html);
        Assert.Matches(@"\d{1,3}(,\d{3})*원", html);
        Assert.Contains("부가세 포함", html);
    }

    [Fact]
    public async Task The_filter_form_shows_the_choices_the_page_was_asked_with()
    {
        var html = await Client().GetStringAsync("/products?q=%EC%84%B8%EC%A0%9C&region=Busan&sort=PriceLow");
        var selected = System.Text.RegularExpressions.Regex.Matches(html, "<option value=\"([^\"]*)\" selected=\"selected\">").Select(m => m.Groups[1].Value);
        Assert.Equal(["Busan", "PriceLow"], selected.Order());
    }

    [Fact]
    public async Task The_english_choice_is_kept_in_a_cookie_for_the_next_page()
    {
        var client = Client();
        var first = await client.GetAsync("/products?culture=en");
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=") && c.Contains("en"));
        var next = await client.GetStringAsync("/products/1");
        Assert.Contains("<html lang=\"en\">", next);
        Assert.Matches(@"₩\d{1,3}(,\d{3})*", next);
        Assert.Contains("VAT included", next);
    }

    [Fact]
    public async Task The_language_switch_returns_to_the_same_page()
    {
        var response = await Client().GetAsync("/culture/en?returnUrl=%2Fproducts%2F3");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/products/3", response.Headers.Location!.OriginalString);
        var offsite = await Client().GetAsync("/culture/en?returnUrl=https%3A%2F%2Fevil.example");
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Search_finds_korean_part_words_over_http()
    {
        var html = await Client().GetStringAsync("/products?q=" + Uri.EscapeDataString("세제"));
        Assert.Contains("친환경 주방세제", html);
    }

    [Theory]
    [InlineData("/products/999999", HttpStatusCode.NotFound, "페이지를 찾을 수 없습니다")]
    [InlineData("/products/abc", HttpStatusCode.NotFound, "페이지를 찾을 수 없습니다")]
    [InlineData("/enterprises/0", HttpStatusCode.NotFound, "페이지를 찾을 수 없습니다")]
    [InlineData("/products?page=-1", HttpStatusCode.BadRequest, "페이지 번호는")]
    [InlineData("/products?page=abc", HttpStatusCode.BadRequest, "abc&#x27;은(는) Page 값으로 쓸 수 없습니다")]
    [InlineData("/products?page=99999999999999", HttpStatusCode.BadRequest, "요청을 처리할 수 없습니다")]
    [InlineData("/products?type=NotAType", HttpStatusCode.BadRequest, "NotAType&#x27;은(는) Type 값으로 쓸 수 없습니다")]
    [InlineData("/products?region=99", HttpStatusCode.BadRequest, "요청을 처리할 수 없습니다")]
    [InlineData("/products?minPrice=-1", HttpStatusCode.BadRequest, "가격은 0원 이상")]
    [InlineData("/products?minPrice=1e9", HttpStatusCode.BadRequest, "요청을 처리할 수 없습니다")]
    [InlineData("/products?minPrice=5000&maxPrice=100", HttpStatusCode.BadRequest, "최대 가격이")]
    [InlineData("/products?sort=random", HttpStatusCode.BadRequest, "요청을 처리할 수 없습니다")]
    [InlineData("/products?category=%00%01", HttpStatusCode.OK, "상품 0개")]
    [InlineData("/products?q=%27%20OR%201%3D1%20--", HttpStatusCode.OK, "상품 0개")]
    [InlineData("/products?q=%25", HttpStatusCode.OK, "상품 0개")]
    [InlineData("/products?q=_", HttpStatusCode.OK, "상품 0개")]
    [InlineData("/products?q=%F0%9F%98%80%E2%80%8B", HttpStatusCode.OK, "상품 0개")]
    public async Task Bad_input_gets_a_clear_page_never_a_500(string url, HttpStatusCode status, string text)
    {
        var response = await Client().GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(text, html);
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_answered_with_a_message()
    {
        var response = await Client().GetAsync("/products?q=" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("검색어는 100자 이내로", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Markup_in_a_query_is_shown_encoded_never_run()
    {
        var html = await Client().GetStringAsync("/products?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;alert(1)", html);
    }

    [Fact]
    public async Task Every_page_forbids_inline_script_and_framing()
    {
        var response = await Client().GetAsync("/");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_home_page_shows_featured_enterprises_and_categories()
    {
        var html = await Client().GetStringAsync("/");
        Assert.Contains("주목할 기업", html);
        Assert.Contains("청소·방역 서비스", html);
        Assert.Contains("href=\"/enterprises/", html);
    }

    [Fact]
    public async Task Generated_images_are_svg()
    {
        var response = await Client().GetAsync("/img/generated/120/" + Uri.EscapeDataString("세제") + ".svg");
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("세제", await response.Content.ReadAsStringAsync());
    }
}
