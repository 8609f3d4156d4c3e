using System.Net;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Features.Procurement.Catalog;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Procurement.Catalog;

public class ProcurementCatalogTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Counting_purchases_only_lists_enterprises_certified_today()
    {
        var today = KoreaTime.Today(app.Clock);
        var all = await app.SendAsync(new ProcurementCatalog.Query());
        var counting = await app.SendAsync(new ProcurementCatalog.Query { Counts = true });

        Assert.Contains(all.Items, i => i.Certification == CertificationState.Expired); // the demo has lapsed certifications
        Assert.True(counting.TotalCount < all.TotalCount);
        var expiries = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises
            .ToDictionaryAsync(e => e.Id, e => e.CertificationExpiresOn));
        Assert.All(counting.Items, i =>
        {
            Assert.True(i.CountsTowardResults);
            Assert.True(expiries[i.EnterpriseId] >= today);
        });
    }

    [Fact]
    public async Task Prices_show_supply_and_vat_apart_with_minimum_order_and_tiers()
    {
        var enterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users
            .Where(u => u.Email == "seller@demo.kr").Select(u => u.EnterpriseId!.Value).SingleAsync());
        var product = await app.ProductWithStockAsync(500, 11_000, enterprise);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var p = await db.Products.Include(x => x.PriceTiers).SingleAsync(x => x.Id == product);
            // The listing is on sale: the new name waits for the operator, who approves it.
            p.Edit("공공기관용 복사용지 묶음", "Copy paper bundle", "A4", "A4", p.Price, [new Domain.Catalog.PriceTier(100, 9_900)]);
            p.ApproveChange(p.Revision);
            p.SetMinOrderQuantity(20);
            await db.SaveChangesAsync();
            return 0;
        });

        var item = Assert.Single((await app.SendAsync(new ProcurementCatalog.Query { Q = "복사용지 묶음" })).Items);
        Assert.Equal((10_000, 1_000), (item.Supply.Amount, item.Vat.Amount));
        Assert.Equal(20, item.MinOrderQuantity);
        var tier = Assert.Single(item.Tiers);
        Assert.Equal((100, 9_000L, 900L), (tier.MinQuantity, tier.Supply.Amount, tier.Vat.Amount));

        using var buyer = app.CreateBrowserlikeClient();
        await Html.PostFormAsync(buyer, "/account/login", new Dictionary<string, string> { ["Email"] = "buyer@demo.kr", ["Password"] = "Demo1234!" });
        var page = WebUtility.HtmlDecode(await buyer.GetStringAsync("/procurement/products?q=" + Uri.EscapeDataString("복사용지 묶음")));
        Assert.Contains("10,000원", page);
        Assert.Contains("100개 이상: 공급가 9,000원 + 부가세 900원", page);

        using var consumer = app.CreateBrowserlikeClient();
        await Html.PostFormAsync(consumer, "/account/login", new Dictionary<string, string> { ["Email"] = "consumer@demo.kr", ["Password"] = "Demo1234!" });
        Assert.Contains("/account/denied", (await consumer.GetAsync("/procurement/products")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, (await buyer.GetAsync("/procurement/products?page=-1")).StatusCode);
    }
}
