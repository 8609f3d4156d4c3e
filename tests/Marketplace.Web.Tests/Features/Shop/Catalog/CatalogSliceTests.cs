using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Tests.Infrastructure;
using EnterprisePage = Marketplace.Web.Features.Shop.Enterprises.Details;

namespace Marketplace.Web.Tests.Features.Shop.Catalog;

/// <summary>The catalog use cases through the real MediatR pipeline on SQLite, each over data the test
/// inserts itself (no demo data).</summary>
public class CatalogSliceTests(SliceFixture app) : IClassFixture<SliceFixture>
{
    [Fact]
    public async Task A_part_of_a_korean_word_finds_the_product()
    {
        var token = SliceFixture.Token();
        var enterprise = await app.NewEnterpriseAsync($"행복나눔 {token}"); // an enterprise name is searchable too: not one with 세제 in it
        var category = await app.NewCategoryAsync();
        var soap = await app.NewProductAsync(enterprise, category, $"친환경 주방세제 {token}");
        var rice = await app.NewProductAsync(enterprise, category, $"유기농 쌀 {token}");

        var result = await app.SendAsync(new Search.Query { Q = "주방세제 " + token });

        Assert.Equal([soap.Id], result.Items.Select(p => p.Id));
        var byWordPart = await app.SendAsync(new Search.Query { Q = "세제", Category = category.Slug });
        Assert.Contains(byWordPart.Items, p => p.Id == soap.Id);
        Assert.DoesNotContain(byWordPart.Items, p => p.Id == rice.Id);
    }

    [Fact]
    public async Task An_english_word_finds_the_product_whatever_its_case()
    {
        var token = SliceFixture.Token();
        var enterprise = await app.NewEnterpriseAsync($"기업 {token}");
        var category = await app.NewCategoryAsync();
        var soap = await app.NewProductAsync(enterprise, category, $"주방세제 {token}", nameEn: $"Eco Dish Soap {token}");

        var result = await app.SendAsync(new Search.Query { Q = "DISH soap", Category = category.Slug }, "en");

        Assert.Equal([soap.Id], result.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task Search_counts_every_match_not_only_the_first_page()
    {
        var token = SliceFixture.Token();
        var enterprise = await app.NewEnterpriseAsync($"도시락 기업 {token}");
        var category = await app.NewCategoryAsync();
        for (var i = 0; i < 30; i++) await app.NewProductAsync(enterprise, category, $"도시락 {i} {token}");

        var result = await app.SendAsync(new Search.Query { Q = token });

        Assert.Equal(30, result.TotalCount);
        Assert.True(result.Items.Count < 30, "the first page holds fewer than all matches");
    }

    [Fact]
    public async Task A_service_category_lists_only_services()
    {
        var enterprise = await app.NewEnterpriseAsync($"청소 기업 {SliceFixture.Token()}");
        var cleaning = await app.NewCategoryAsync(ProductKind.Service);
        var service = await app.NewProductAsync(enterprise, cleaning, "사무실 정기 청소");

        var result = await app.SendAsync(new Search.Query { Category = cleaning.Slug });

        var item = Assert.Single(result.Items);
        Assert.Equal(service.Id, item.Id);
        Assert.Equal(ProductKind.Service, item.Kind);
    }

    [Fact]
    public async Task Type_and_region_filters_narrow_to_matching_enterprises()
    {
        var token = SliceFixture.Token();
        var category = await app.NewCategoryAsync();
        var village = await app.NewEnterpriseAsync($"마을 {token}", EnterpriseType.VillageEnterprise, Region.Jeju);
        var social = await app.NewEnterpriseAsync($"사회 {token}", EnterpriseType.CertifiedSocialEnterprise, Region.Seoul);
        var tangerine = await app.NewProductAsync(village, category, $"감귤 {token}");
        await app.NewProductAsync(social, category, $"비누 {token}");

        var byType = await app.SendAsync(new Search.Query { Type = EnterpriseType.VillageEnterprise, Category = category.Slug });
        var byRegion = await app.SendAsync(new Search.Query { Region = Region.Jeju, Category = category.Slug });

        Assert.Equal([tangerine.Id], byType.Items.Select(p => p.Id));
        Assert.Equal([tangerine.Id], byRegion.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task A_price_range_sorted_by_price_stays_inside_the_range_in_order()
    {
        var enterprise = await app.NewEnterpriseAsync($"기업 {SliceFixture.Token()}");
        var category = await app.NewCategoryAsync();
        foreach (var price in new[] { 9_999L, 18_000, 10_000, 20_000, 20_001, 15_500 })
            await app.NewProductAsync(enterprise, category, $"상품 {price}", price);

        var result = await app.SendAsync(new Search.Query { Category = category.Slug, MinPrice = 10_000, MaxPrice = 20_000, Sort = Search.SortOrder.PriceLow });

        Assert.Equal([10_000L, 15_500, 18_000, 20_000], result.Items.Select(p => p.Price));
    }

    [Fact]
    public async Task Popular_sort_puts_the_best_sellers_first()
    {
        var enterprise = await app.NewEnterpriseAsync($"기업 {SliceFixture.Token()}");
        var category = await app.NewCategoryAsync();
        var few = await app.NewProductAsync(enterprise, category, "조금 팔린 상품", sales: 3);
        var most = await app.NewProductAsync(enterprise, category, "많이 팔린 상품", sales: 90);
        var none = await app.NewProductAsync(enterprise, category, "안 팔린 상품");

        var result = await app.SendAsync(new Search.Query { Category = category.Slug, Sort = Search.SortOrder.Popular });

        Assert.Equal([most.Id, few.Id, none.Id], result.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task A_tag_filter_keeps_only_tagged_products()
    {
        var enterprise = await app.NewEnterpriseAsync($"기업 {SliceFixture.Token()}");
        var category = await app.NewCategoryAsync();
        var upcycle = await app.NewTagAsync();
        var tagged = await app.NewProductAsync(enterprise, category, "업사이클 가방", tag: upcycle);
        await app.NewProductAsync(enterprise, category, "보통 가방");

        var result = await app.SendAsync(new Search.Query { Category = category.Slug, Tag = upcycle.Slug });

        Assert.Equal([tagged.Id], result.Items.Select(p => p.Id));
    }

    [Fact]
    public async Task A_listing_waiting_for_review_is_neither_found_nor_shown()
    {
        var token = SliceFixture.Token();
        var enterprise = await app.NewEnterpriseAsync($"기업 {token}");
        var pending = await app.NewProductAsync(enterprise, await app.NewCategoryAsync(), $"검토 중 상품 {token}", publish: false);

        Assert.Null(await app.SendAsync(new Details.Query(pending.Id)));
        Assert.Empty((await app.SendAsync(new Search.Query { Q = token })).Items);
    }

    [Fact]
    public async Task The_product_page_carries_the_enterprise_and_its_social_value()
    {
        var token = SliceFixture.Token();
        var enterprise = await app.NewEnterpriseAsync($"행복푸드 {token}", socialValueWon: 89_000_000);
        var product = await app.NewProductAsync(enterprise, await app.NewCategoryAsync(), "수제 도시락", 17_600);

        var page = await app.SendAsync(new Details.Query(product.Id));

        Assert.NotNull(page);
        Assert.Equal($"행복푸드 {token}", page.Enterprise.Name);
        Assert.Equal(89_000_000, page.Enterprise.Figures?.TotalWon);
        Assert.Equal(17_600, page.Price);
        Assert.Equal(16_000, page.SupplyPrice.Amount);
        Assert.Equal(1_600, page.Vat.Amount);
    }

    [Fact]
    public async Task A_lapsed_certification_shows_as_expired_on_the_enterprise_page()
    {
        var today = KoreaTime.Today(TimeProvider.System);
        var lapsed = await app.NewEnterpriseAsync($"기업 {SliceFixture.Token()}", certifiedUntil: today.AddDays(-1));
        var product = await app.NewProductAsync(lapsed, await app.NewCategoryAsync(), "상품");

        var page = await app.SendAsync(new EnterprisePage.Query(lapsed.Id));

        Assert.NotNull(page);
        Assert.Equal(CertificationState.Expired, page.Enterprise.CertificationOn(today));
        Assert.Equal([product.Id], page.Products.Select(p => p.Id));
    }

    [Fact]
    public async Task An_enterprise_waiting_for_approval_has_no_page()
    {
        var pending = await app.NewEnterpriseAsync($"기업 {SliceFixture.Token()}", approved: false);
        Assert.Null(await app.SendAsync(new EnterprisePage.Query(pending.Id)));
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_not_an_error()
    {
        var enterprise = await app.NewEnterpriseAsync($"기업 {SliceFixture.Token()}");
        var category = await app.NewCategoryAsync();
        await app.NewProductAsync(enterprise, category, "상품");

        var result = await app.SendAsync(new Search.Query { Category = category.Slug, Page = 9_999 });

        Assert.Empty(result.Items);
        Assert.Equal(1, result.TotalCount);
    }

    [Theory]
    [InlineData(0, null, null, "페이지 번호는 1 이상")]
    [InlineData(1, -5L, null, "가격은 0원 이상")]
    [InlineData(1, 20_000L, 10_000L, "최대 가격이 최소 가격보다 작습니다")]
    public async Task Bad_search_input_is_refused_with_a_korean_message(int page, long? min, long? max, string message)
    {
        var error = await Assert.ThrowsAsync<InputValidationException>(() =>
            app.SendAsync(new Search.Query { Page = page, MinPrice = min, MaxPrice = max }));
        Assert.Contains(error.Errors, e => e.Message.Contains(message));
    }

    [Fact]
    public async Task A_search_longer_than_100_characters_is_refused_in_english_when_asked()
    {
        var error = await Assert.ThrowsAsync<InputValidationException>(() =>
            app.SendAsync(new Search.Query { Q = new string('가', 101) }, "en"));
        Assert.Contains(error.Errors, e => e.Message.Contains("100 characters"));
    }
}
