using System.Text;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Admin.Listings;
using Marketplace.Web.Features.Admin.Notices;
using Marketplace.Web.Features.Seller.Listings;
using SellerListings = Marketplace.Web.Features.Seller.Listings.Listings;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Seller.Listings;

/// <summary>상품정보제공고시: a listing of a category that needs it goes to review only with every item stated,
/// and the product page shows what was stated.</summary>
public class ProductNoticeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static SellerListings.Form Jam(string kind, List<string?> values) => new()
    {
        Name = "수제 딸기잼 300g", Description = "국산 딸기로 만든 잼", Category = "food", Kind = Domain.Catalog.ProductKind.Goods,
        Price = 8_500, Stock = 30, NoticeKind = kind, NoticeValues = values, Origin = "국내산(논산)",
    };

    [Fact]
    public async Task A_food_listing_goes_to_review_only_with_every_item_and_the_product_page_shows_them()
    {
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var values = Notices.Filled("processed-food");
        values[1] = "";   // 생산자 및 소재지
        values[4] = null; // 원재료명 및 함량
        var id = (await app.SendAsync(new SellerListings.Save(enterprise, null, Jam("processed-food", values))))!.Value;

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new SellerListings.Act(enterprise, id, SellerListings.Action.Submit)));
        var message = Assert.Single(refused.Errors).Message;
        Assert.Contains("생산자 및 소재지", message);
        Assert.Contains("원재료명 및 함량", message);
        Assert.DoesNotContain("식품의 유형", message);
        Assert.Equal(Domain.Catalog.ProductStatus.Draft, await StatusAsync(id));

        await app.SendAsync(new SellerListings.Save(enterprise, id, Jam("processed-food", Notices.Filled("processed-food"))));
        await app.SendAsync(new SellerListings.Act(enterprise, id, SellerListings.Action.Submit));
        var revision = (await app.SendAsync(new ListingReview.QueueQuery())).Single(i => i.Id == id).Revision;
        Assert.True(await app.SendAsync(new ListingReview.Decide(await app.MemberIdAsync("admin@demo.kr"), id, false, revision, Web.Features.Admin.Decision.Approve, null)));

        var page = await app.SendAsync(new Details.Query(id));
        Assert.Equal("가공식품", page!.NoticeKindName);
        Assert.Equal(Notices.ItemsOf("processed-food"), page.Notice.Select(n => n.Label));
        Assert.Equal("원재료명 및 함량: 상세 내용", page.Notice[4].Value);
        Assert.Equal("국내산(논산)", page.Origin);

        var html = await app.CreateClient().GetStringAsync($"/products/{id}");
        Assert.Contains("<th scope=\"row\">소비자상담 관련 전화번호</th>", html);
        Assert.Contains("국내산(논산)", html);
    }

    [Fact]
    public async Task A_listing_without_a_kind_in_a_category_that_needs_one_is_told_to_choose_it()
    {
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var id = (await app.SendAsync(new SellerListings.Save(enterprise, null, Jam("", []).WithCategory("crafts"))))!.Value;
        // The category's own kind is taken when the form names none: its items are then all missing.
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new SellerListings.Act(enterprise, id, SellerListings.Action.Submit)));
        Assert.Contains("품명 및 모델명", Assert.Single(refused.Errors).Message);

        var unknown = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new SellerListings.Save(enterprise, id, Jam("no-such-kind", []))));
        Assert.Contains("알 수 없는 품목 유형", Assert.Single(unknown.Errors).Message);
    }

    [Fact]
    public async Task An_item_the_operator_adds_is_asked_of_the_next_submission_and_listings_keep_what_they_stated()
    {
        using var own = new AppFactory();
        var enterprise = await own.EnterpriseOfAsync("seller@demo.kr");
        var form = Jam("processed-food", Notices.Filled("processed-food"));
        var id = (await own.SendAsync(new SellerListings.Save(enterprise, null, form)))!.Value;

        var kind = await own.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().NoticeTemplates.AsNoTracking().SingleAsync(t => t.Code == "processed-food"));
        await own.SendAsync(new SaveNoticeKind.Command(new NoticeKinds.Form
        {
            Id = kind.Id, Code = kind.Code, Name = kind.Name, NameEn = kind.NameEn, Fields = string.Join('\n', kind.Fields.Append("보관 온도")),
        }));

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => own.SendAsync(new SellerListings.Act(enterprise, id, SellerListings.Action.Submit)));
        Assert.Contains("보관 온도", Assert.Single(refused.Errors).Message);
        var stated = await own.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.AsNoTracking().Where(p => p.Id == id)
            .Select(p => p.Notice.Count).SingleAsync());
        Assert.Equal(10, stated);

        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => own.SendAsync(new SaveNoticeKind.Command(new NoticeKinds.Form
        {
            Id = kind.Id, Code = kind.Code, Name = kind.Name, Fields = "같은 항목\n같은 항목",
        })));
        Assert.NotEmpty(invalid.Errors);
    }

    [Fact]
    public async Task The_csv_import_fills_the_notice_from_its_columns_and_names_an_unknown_kind_or_item()
    {
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var items = Notices.ItemsOf("clothing");
        var csv = new StringBuilder("sku,name,kind,category,price,stock,원산지,고시유형," + string.Join(',', items.Select(i => $"\"고시:{i}\"")) + "\n");
        csv.Append($"TEE-{tag},유기농 면 티셔츠,Goods,clothing,25000,10,국내산,의류," + string.Join(',', items.Select(i => $"\"{i} 값\"")) + "\n");
        var result = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.UTF8.GetBytes(csv.ToString())));
        Assert.True(result.Imported, string.Join("; ", result.Errors.Select(e => e.Message)));

        var notice = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.AsNoTracking()
            .Where(p => p.EnterpriseId == enterprise && p.Sku == $"TEE-{tag}").Select(p => p.Notice.OrderBy(e => e.SortOrder).Select(e => e.Label + "=" + e.Value).ToList()).SingleAsync());
        Assert.Equal(items.Select(i => $"{i}={i} 값"), notice);

        var bad = $"sku,name,kind,category,price,stock,고시유형,고시:없는 항목\nTEE-{tag}-2,셔츠,Goods,clothing,1000,1,의류,값\nTEE-{tag}-3,셔츠,Goods,clothing,1000,1,우주선,\n";
        result = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.UTF8.GetBytes(bad)));
        Assert.False(result.Imported);
        Assert.Contains(result.Errors, e => e.Row == 2 && e.Message.Contains("없는 항목"));
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Message.Contains("우주선"));
    }

    [Fact]
    public async Task Every_published_demo_listing_states_its_notice_in_full()
    {
        var incomplete = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var kinds = await db.NoticeTemplates.AsNoTracking().ToDictionaryAsync(t => t.Id);
            var products = await db.Products.AsNoTracking().Where(p => p.Status == Domain.Catalog.ProductStatus.Published && p.Name.Length > 0)
                .Where(p => !p.Name.StartsWith("테스트") && !p.Name.StartsWith("옵션")).ToListAsync();
            return products.Where(p => p.NoticeTemplateId is not { } k || p.MissingNoticeItems(kinds[k]).Count > 0).Select(p => p.Name).ToList();
        });
        Assert.Empty(incomplete);
    }

    private Task<Domain.Catalog.ProductStatus> StatusAsync(int id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.Where(p => p.Id == id).Select(p => p.Status).SingleAsync());
}

internal static class FormCategory
{
    public static SellerListings.Form WithCategory(this SellerListings.Form form, string category)
    {
        form.Category = category;
        form.NoticeKind = null;
        form.NoticeValues = [];
        return form;
    }
}
