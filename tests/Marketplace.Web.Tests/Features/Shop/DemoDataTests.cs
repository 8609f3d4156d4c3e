using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop;

public class DemoDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_demo_catalog_covers_every_type_region_and_enough_products()
    {
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var approved = await db.Enterprises.Where(e => e.Status == ApprovalStatus.Approved).ToListAsync();
            Assert.True(approved.Count >= 40);
            Assert.Equal(5, approved.Select(e => e.Type).Distinct().Count());
            Assert.Equal(17, approved.Select(e => e.Region).Distinct().Count());
            Assert.All(approved, e => Assert.True(BusinessRegistrationNumber.TryParse(e.RegistrationNumber, out _)));

            Assert.True(await db.Products.CountAsync(p => p.Status == ProductStatus.Published) >= 400);
            var categories = await db.Categories.Select(c => c.Slug).ToListAsync();
            Assert.True(categories.Count >= 10);
            Assert.Contains("cleaning", categories);
            Assert.Contains("catering", categories);
            Assert.Contains("printing", categories);
            Assert.Equal(5, await db.Institutions.CountAsync(i => i.Kind == Domain.Institutions.BuyerKind.Public));
            Assert.Equal("(주)한빛전자", (await db.Institutions.SingleAsync(i => i.Kind == Domain.Institutions.BuyerKind.Company)).Name);
            return 0;
        });
    }

    [Theory]
    [InlineData("consumer@demo.kr", Roles.Consumer)]
    [InlineData("seller@demo.kr", Roles.EnterpriseStaff)]
    [InlineData("seller2@demo.kr", Roles.EnterpriseStaff)]
    [InlineData("buyer@demo.kr", Roles.InstitutionBuyer)]
    [InlineData("approver@demo.kr", Roles.InstitutionApprover)]
    [InlineData("buyer2@demo.kr", Roles.InstitutionBuyer)]
    [InlineData("admin@demo.kr", Roles.Operator)]
    public async Task Each_demo_account_signs_in_with_the_demo_password_and_has_its_role(string email, string role)
    {
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<Member>>();
            var member = await users.FindByEmailAsync(email);
            Assert.NotNull(member);
            Assert.True(await users.CheckPasswordAsync(member, "Demo1234!"));
            Assert.True(await users.IsInRoleAsync(member, role));
            return 0;
        });
    }

    [Fact]
    public async Task The_two_sellers_work_for_different_enterprises_and_the_buyers_for_their_institutions()
    {
        await app.WithScopeAsync(async sp =>
        {
            var members = await sp.GetRequiredService<MarketplaceDbContext>().Users.ToDictionaryAsync(u => u.Email!);
            Assert.NotNull(members["seller@demo.kr"].EnterpriseId);
            Assert.NotEqual(members["seller@demo.kr"].EnterpriseId, members["seller2@demo.kr"].EnterpriseId);
            Assert.Equal(members["buyer@demo.kr"].InstitutionId, members["approver@demo.kr"].InstitutionId);
            Assert.NotEqual(members["buyer@demo.kr"].InstitutionId, members["buyer2@demo.kr"].InstitutionId);
            return 0;
        });
    }

    [Fact]
    public async Task Each_enterprise_sells_and_tells_of_its_own_trade_and_no_two_enterprises_share_a_product_name()
    {
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var trades = Web.Infrastructure.DemoData.DemoLexicon.Trades;
            var products = await db.Products.AsNoTracking().Where(p => p.Enterprise.Status == ApprovalStatus.Approved && !p.Name.StartsWith("테스트"))
                .Select(p => new { p.EnterpriseId, p.Name, p.Description, p.Kind, Category = p.Category.Slug, p.Enterprise.SocialMission }).ToListAsync();
            foreach (var enterprise in products.GroupBy(p => p.EnterpriseId))
            {
                var category = Assert.Single(enterprise.Select(p => p.Category).Distinct());
                Assert.Contains(enterprise.First().SocialMission, trades[category].Missions.Select(m => m.Text));
            }
            // A service is provided, not "made with care" (정성껏 만든 에어컨 분해 세척).
            Assert.DoesNotContain(products, p => p.Description.Contains("정성껏 만든"));
            Assert.All(products.Where(p => p.Kind == ProductKind.Service), p => Assert.Contains("제공하는", p.Description));
            var shared = products.GroupBy(p => p.Name).Where(g => g.Select(p => p.EnterpriseId).Distinct().Count() > 1).Select(g => g.Key).ToList();
            Assert.Empty(shared);
            return 0;
        });
    }

    [Fact]
    public async Task Each_public_body_takes_delivery_at_its_own_address_and_institutional_packs_have_a_minimum_and_quantity_prices()
    {
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var institutions = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Id);
            Assert.All(institutions.Values, i => Assert.False(string.IsNullOrWhiteSpace(i.Address)));
            var orders = await db.PurchaseOrders.AsNoTracking().Select(o => new { o.InstitutionId, o.DeliveryPlace }).ToListAsync();
            Assert.NotEmpty(orders);
            Assert.All(orders, o => Assert.Equal(institutions[o.InstitutionId].Address, o.DeliveryPlace));

            var packs = await db.Products.AsNoTracking().Include(p => p.PriceTiers).Where(p => p.Name.Contains("기관용")).ToListAsync();
            Assert.NotEmpty(packs);
            Assert.All(packs, p => { Assert.True(p.MinOrderQuantity >= 5); Assert.Equal(2, p.PriceTiers.Count); });
            return 0;
        });
    }

    [Fact]
    public async Task The_demo_order_history_comes_from_named_members_in_every_state_to_their_own_addresses()
    {
        using var own = new AppFactory();
        await Web.Infrastructure.DemoData.BenchOrders.SeedAsync(own.Services, orderTarget: 300, memberTarget: 60, quiet: true, demo: true);
        await own.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            Assert.False(await db.Users.AnyAsync(u => u.Email!.EndsWith("@bench.kr") || u.DisplayName.StartsWith("회원")));
            var orders = await db.Orders.AsNoTracking().Join(db.Users, o => o.MemberId, u => u.Id, (o, u) => new { o.Status, o.ShipTo, Name = u.DisplayName }).ToListAsync();
            Assert.Equal(300, orders.Count);
            Assert.True(orders.Select(o => o.Status).Distinct().Count() >= 4, string.Join(",", orders.Select(o => o.Status).Distinct()));
            Assert.All(orders, o => Assert.Equal(o.Name, o.ShipTo.Recipient));
            Assert.True(orders.Select(o => o.ShipTo.RoadAddress).Distinct().Count() >= 8);
            Assert.True(orders.Select(o => o.Name).Distinct().Count() >= 30);
            return 0;
        });
    }
}
