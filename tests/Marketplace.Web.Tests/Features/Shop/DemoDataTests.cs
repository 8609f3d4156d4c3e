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
}
