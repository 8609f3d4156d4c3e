using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Admin;
using Marketplace.Web.Features.Admin.Listings;
using SellerListings = Marketplace.Web.Features.Seller.Listings.Listings;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Seller.Listings;

/// <summary>What a seller saves never undoes a sale, and what the operator approves is what the operator saw.</summary>
public class ListingIntegrityTests
{
    [Fact]
    public Task Sqlite_a_description_edit_keeps_the_units_sold_since_the_page_opened() => StockEditRaceAsync(new AppFactory());

    [Fact]
    public async Task Postgres_a_description_edit_keeps_the_units_sold_since_the_page_opened()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await StockEditRaceAsync(new PostgresAppFactory(database));
    }

    private static async Task StockEditRaceAsync(AppFactory app)
    {
        using var _ = app;
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var product = await app.ProductWithStockAsync(67, 10_000, enterprise);
        var page = await app.SendAsync(new SellerListings.FormQuery(enterprise, product));
        Assert.Equal(67, page!.Form.StockShown);

        // A shopper pays for 3 while the seller has the page open.
        var shopper = await app.NewMemberAsync();
        await app.AddToCartAsync(shopper, product, 3);
        await app.CheckoutAsync(shopper);
        Assert.Equal(64, await app.StockOfAsync(product));

        var form = page.Form;
        form.Description = "설명을 고쳤습니다";
        await app.SendAsync(new SellerListings.Save(enterprise, product, form));
        Assert.Equal(64, await app.StockOfAsync(product));

        // Raising stock by 10 on the same stale page adds 10 to what is there now.
        form.Stock = 77;
        await app.SendAsync(new SellerListings.Save(enterprise, product, form));
        Assert.Equal(74, await app.StockOfAsync(product));

        // Lowering it below what is left is refused with the stock of now, and nothing changes.
        var fresh = (await app.SendAsync(new SellerListings.FormQuery(enterprise, product)))!.Form;
        var otherShopper = await app.NewMemberAsync();
        await app.AddToCartAsync(otherShopper, product, 10);
        await app.CheckoutAsync(otherShopper);
        fresh.Stock = 0;
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new SellerListings.Save(enterprise, product, fresh)));
        Assert.Contains("재고가 64개가 되었습니다", Assert.Single(refused.Errors).Message);
        Assert.Equal(64, await app.StockOfAsync(product));
    }

    [Fact]
    public async Task An_approval_of_a_new_listing_edited_after_the_review_page_opened_fails_and_publishes_nothing()
    {
        using var app = new AppFactory();
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var form = new SellerListings.Form
        {
            Name = "수제 비누", Description = "올리브유 비누", Category = await AnyCategoryAsync(app), Price = 9_000, Stock = 10,
            NoticeKind = "other", NoticeValues = Notices.Filled("other"),
        };
        var id = (await app.SendAsync(new SellerListings.Save(enterprise, null, form)))!.Value;
        await app.SendAsync(new SellerListings.Act(enterprise, id, SellerListings.Action.Submit));
        var seen = (await app.SendAsync(new ListingReview.QueueQuery())).Single(i => i.Id == id);

        form.Name = "SWAPPED AFTER REVIEW";
        form.Price = 990_000;
        await app.SendAsync(new SellerListings.Save(enterprise, id, form));
        var operatorId = await app.MemberIdAsync("admin@demo.kr");
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            app.SendAsync(new ListingReview.Decide(operatorId, id, false, seen.Revision, Decision.Approve, null)));

        Assert.Equal(ErrorCodes.ChangedSinceReview, refused.Code);
        Assert.Null(await app.SendAsync(new Details.Query(id)));
        // Looking again shows the new content, and approving that works.
        var again = (await app.SendAsync(new ListingReview.QueueQuery())).Single(i => i.Id == id);
        Assert.Equal("SWAPPED AFTER REVIEW", again.Name);
        await app.SendAsync(new ListingReview.Decide(operatorId, id, false, again.Revision, Decision.Approve, null));
        Assert.Equal(990_000, (await app.SendAsync(new Details.Query(id)))!.Price);
    }

    [Fact]
    public async Task An_approval_of_a_change_revised_after_the_review_page_opened_fails_and_the_approved_values_stay_on_sale()
    {
        using var app = new AppFactory();
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var product = await app.ProductWithStockAsync(10, 19_400, enterprise);
        var form = (await app.SendAsync(new SellerListings.FormQuery(enterprise, product)))!.Form;
        form.Name = "새 이름";
        await app.SendAsync(new SellerListings.Save(enterprise, product, form));
        var seen = (await app.SendAsync(new ListingReview.QueueQuery())).Single(i => i.Id == product);
        Assert.Equal("새 이름", seen.Change!.Name);

        form.Price = 990_000;
        await app.SendAsync(new SellerListings.Save(enterprise, product, form));
        var operatorId = await app.MemberIdAsync("admin@demo.kr");
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            app.SendAsync(new ListingReview.Decide(operatorId, product, true, seen.Revision, Decision.Approve, null)));

        Assert.Equal(ErrorCodes.ChangedSinceReview, refused.Code);
        Assert.Equal(19_400, (await app.SendAsync(new Details.Query(product)))!.Price);
    }

    [Theory]
    [InlineData("1:5000000", "a tier above the list price")]
    [InlineData("10:19000\n50:19300", "a larger quantity dearer than a smaller one")]
    [InlineData("10:19000\n10:18000", "one quantity twice")]
    public async Task Quantity_prices_above_the_list_price_or_rising_with_quantity_are_refused(string tiers, string why)
    {
        using var app = new AppFactory();
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var product = await app.ProductWithStockAsync(10, 19_400, enterprise);
        var form = (await app.SendAsync(new SellerListings.FormQuery(enterprise, product)))!.Form;
        form.PriceTiers = tiers;

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new SellerListings.Save(enterprise, product, form)));

        Assert.True(refused.Errors.Any(e => e.Field == "Form.PriceTiers" && e.Message.Contains("판매가 이하")), why);
        Assert.Empty(await TiersOfAsync(app, product));
    }

    [Fact]
    public async Task New_quantity_prices_on_a_published_listing_wait_for_review_like_the_price()
    {
        using var app = new AppFactory();
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var product = await app.ProductWithStockAsync(10, 19_400, enterprise);
        var form = (await app.SendAsync(new SellerListings.FormQuery(enterprise, product)))!.Form;
        form.PriceTiers = "100:17000";

        await app.SendAsync(new SellerListings.Save(enterprise, product, form));

        Assert.Empty(await TiersOfAsync(app, product));
        var item = (await app.SendAsync(new ListingReview.QueueQuery())).Single(i => i.Id == product);
        Assert.Equal([(100, 17_000L)], item.TiersAfter);
        await app.SendAsync(new ListingReview.Decide(await app.MemberIdAsync("admin@demo.kr"), product, true, item.Revision, Decision.Approve, null));
        Assert.Equal([(100, 17_000L)], await TiersOfAsync(app, product));
    }

    private static Task<string> AnyCategoryAsync(AppFactory app) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<MarketplaceDbContext>().Categories.Where(c => c.Kind == ProductKind.Goods).Select(c => c.Slug).FirstAsync());

    private static Task<List<(int, long)>> TiersOfAsync(AppFactory app, int product) => app.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<MarketplaceDbContext>().Products.AsNoTracking().Where(p => p.Id == product)
            .SelectMany(p => p.PriceTiers).OrderBy(t => t.MinQuantity).ToListAsync()).Select(t => (t.MinQuantity, t.UnitPriceWon)).ToList());
}
