using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using EnterprisePage = Marketplace.Web.Features.Shop.Enterprises.Details;

namespace Marketplace.Web.Tests.Features.Shop.Catalog;

/// <summary>The catalog use cases through the real MediatR pipeline on SQLite, over the demo data.</summary>
public class CatalogSliceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_part_of_a_korean_word_finds_the_product()
    {
        var result = await app.SendAsync(new Search.Query { Q = "세제" });
        Assert.Contains(result.Items, p => p.Name.StartsWith("친환경 주방세제"));
        Assert.All(result.Items, p => Assert.Contains("세제", p.Name));
    }

    [Fact]
    public async Task An_english_word_finds_the_product_whatever_its_case()
    {
        var result = await app.SendAsync(new Search.Query { Q = "DISH soap" }, "en");
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, p => Assert.Contains("dish soap", p.NameEn, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_counts_every_match_not_only_the_first_page()
    {
        var expected = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .CountAsync(p => p.Status == ProductStatus.Published && p.Enterprise.Status == ApprovalStatus.Approved && p.Name.Contains("도시락")));
        var result = await app.SendAsync(new Search.Query { Q = "도시락" });
        Assert.True(expected > 0);
        Assert.Equal(expected, result.TotalCount);
    }

    [Fact]
    public async Task A_service_category_lists_only_services()
    {
        var result = await app.SendAsync(new Search.Query { Category = "cleaning" });
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, p => Assert.Equal(ProductKind.Service, p.Kind));
    }

    [Fact]
    public async Task Type_and_region_filters_narrow_to_matching_enterprises()
    {
        var result = await app.SendAsync(new Search.Query { Type = EnterpriseType.VillageEnterprise });
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, p => Assert.Equal(EnterpriseType.VillageEnterprise, p.EnterpriseType));

        var inJeju = await app.SendAsync(new Search.Query { Region = Region.Jeju });
        var jejuEnterprises = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises
            .Where(e => e.Region == Region.Jeju).Select(e => e.Id).ToListAsync());
        Assert.NotEmpty(inJeju.Items);
        Assert.All(inJeju.Items, p => Assert.Contains(p.EnterpriseId, jejuEnterprises));
    }

    [Fact]
    public async Task A_price_range_sorted_by_price_stays_inside_the_range_in_order()
    {
        var result = await app.SendAsync(new Search.Query { MinPrice = 10_000, MaxPrice = 20_000, Sort = Search.SortOrder.PriceLow });
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, p => Assert.InRange(p.Price, 10_000, 20_000));
        Assert.Equal(result.Items.Select(p => p.Price).Order(), result.Items.Select(p => p.Price));
    }

    [Fact]
    public async Task Popular_sort_puts_the_best_sellers_first()
    {
        var result = await app.SendAsync(new Search.Query { Sort = Search.SortOrder.Popular });
        var sales = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .Where(p => result.Items.Select(i => i.Id).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.SalesCount));
        var inOrder = result.Items.Select(i => sales[i.Id]).ToList();
        Assert.Equal(inOrder.OrderDescending(), inOrder);
    }

    [Fact]
    public async Task A_tag_filter_keeps_only_tagged_products()
    {
        var result = await app.SendAsync(new Search.Query { Tag = "upcycle" });
        var tagged = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .Where(p => p.Tags.Any(t => t.Slug == "upcycle")).Select(p => p.Id).ToListAsync());
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, p => Assert.Contains(p.Id, tagged));
    }

    [Fact]
    public async Task A_listing_waiting_for_review_is_neither_found_nor_shown()
    {
        var pending = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .FirstAsync(p => p.Status == ProductStatus.PendingReview));
        Assert.Null(await app.SendAsync(new Details.Query(pending.Id)));
        var found = await app.SendAsync(new Search.Query { Q = pending.Name });
        Assert.DoesNotContain(found.Items, p => p.Id == pending.Id);
    }

    [Fact]
    public async Task The_product_page_carries_the_enterprise_and_its_social_value()
    {
        var product = await app.SendAsync(new Details.Query(1));
        Assert.NotNull(product);
        Assert.False(string.IsNullOrEmpty(product.Enterprise.Name));
        Assert.True(product.Enterprise.SocialValueWon > 0);
        Assert.Equal(product.Price, (product.SupplyPrice + product.Vat).Amount);
    }

    [Fact]
    public async Task A_lapsed_certification_shows_as_expired_on_the_enterprise_page()
    {
        var today = KoreaTime.Today(TimeProvider.System);
        var lapsedId = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises
            .Where(e => e.Status == ApprovalStatus.Approved && e.CertificationExpiresOn < today).Select(e => e.Id).FirstAsync());
        var page = await app.SendAsync(new EnterprisePage.Query(lapsedId));
        Assert.NotNull(page);
        Assert.Equal(CertificationState.Expired, page.Enterprise.CertificationOn(today));
        Assert.All(page.Products, p => Assert.Equal(lapsedId, p.EnterpriseId));
    }

    [Fact]
    public async Task An_enterprise_waiting_for_approval_has_no_page()
    {
        var pendingId = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises
            .Where(e => e.Status == ApprovalStatus.Pending).Select(e => e.Id).FirstAsync());
        Assert.Null(await app.SendAsync(new EnterprisePage.Query(pendingId)));
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_not_an_error()
    {
        var result = await app.SendAsync(new Search.Query { Page = 9_999 });
        Assert.Empty(result.Items);
        Assert.True(result.TotalCount > 0);
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
