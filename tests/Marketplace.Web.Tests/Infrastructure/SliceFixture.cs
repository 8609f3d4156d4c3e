using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The real app without demo data: a test inserts what it asserts on and sends its request
/// through the real pipeline. Tests of one class share the database, so each one names its data
/// with a <see cref="Token"/> of its own.</summary>
public sealed class SliceFixture : AppFactory
{
    protected override bool WithDemoData => false;

    /// <summary>A word no other test's data contains.</summary>
    public static string Token() => "t" + Guid.NewGuid().ToString("N")[..10];

    public Task ExecuteDbContextAsync(Func<MarketplaceDbContext, Task> action) =>
        WithScopeAsync<object?>(async sp => { await action(sp.GetRequiredService<MarketplaceDbContext>()); return null; });

    public Task<T> ExecuteDbContextAsync<T>(Func<MarketplaceDbContext, Task<T>> action) =>
        WithScopeAsync(sp => action(sp.GetRequiredService<MarketplaceDbContext>()));

    public Task InsertAsync(params object[] entities) => ExecuteDbContextAsync(db =>
    {
        db.AddRange(entities);
        return db.SaveChangesAsync();
    });

    public Task<T?> FindAsync<T>(params object[] keys) where T : class =>
        ExecuteDbContextAsync(db => db.FindAsync<T>(keys).AsTask());

    /// <summary>An approved enterprise, certified for a year unless told otherwise.</summary>
    public async Task<Enterprise> NewEnterpriseAsync(string name, EnterpriseType type = EnterpriseType.CertifiedSocialEnterprise,
        Region region = Region.Seoul, DateOnly? certifiedUntil = null, bool approved = true, long socialValueWon = 0)
    {
        var enterprise = new Enterprise(name, name, type, Web.Infrastructure.DemoData.DemoDataSeeder.RandomRegistrationNumber(Random.Shared), region, DateTime.UtcNow);
        enterprise.Certify("2026-001", certifiedUntil ?? KoreaTime.Today(TimeProvider.System).AddYears(1));
        enterprise.DescribeSeller("대표 " + name, new SellerInformation($"제2026-서울중구-{Random.Shared.Next(10_000):D4}호", false,
            "02-123-4567", "seller@example.kr", "서울특별시 중구 세종대로 110", "서울특별시 중구 세종대로 110 반품센터"));
        if (approved) enterprise.Approve();
        await InsertAsync(enterprise);
        if (socialValueWon > 0) await NewSocialValueYearAsync(enterprise.Id, KoreaTime.Today(TimeProvider.System).Year, salesWon: 1_000_000_000, productsWon: socialValueWon);
        return enterprise;
    }

    /// <summary>An enterprise's figures for a year, by area; the rest zero.</summary>
    public async Task<SocialValueYear> NewSocialValueYearAsync(int enterpriseId, int year, long salesWon, long productsWon = 0, long employmentWon = 0,
        long fairTradeWon = 0, long environmentWon = 0, int employees = 0, int vulnerableEmployees = 0, long carbonKg = 0)
    {
        var figures = new SocialValueYear(enterpriseId, year, year);
        figures.Record(new SocialValueFigures(salesWon, 0, productsWon, employees, vulnerableEmployees, employmentWon, 0, fairTradeWon, carbonKg,
            environmentWon, FigureSource.SelfReported));
        await InsertAsync(figures);
        return figures;
    }

    public async Task<Category> NewCategoryAsync(ProductKind kind = ProductKind.Goods)
    {
        var slug = Token();
        var category = new Category(slug, $"분류 {slug}", $"Category {slug}", kind, 1);
        await InsertAsync(category);
        return category;
    }

    public async Task<SocialValueTag> NewTagAsync()
    {
        var slug = Token();
        var tag = new SocialValueTag(slug, $"태그 {slug}", $"Tag {slug}");
        await InsertAsync(tag);
        return tag;
    }

    /// <summary>A listing of the enterprise, published unless <paramref name="publish"/> is false
    /// (then it waits for review).</summary>
    public async Task<Product> NewProductAsync(Enterprise enterprise, Category category, string name, long price = 10_000,
        string? nameEn = null, bool publish = true, int sales = 0, SocialValueTag? tag = null)
    {
        var product = new Product(enterprise.Id, category.Id, category.Kind, name, nameEn ?? name, "설명", "Description",
            new Won(price), 100, DateTime.UtcNow);
        product.SubmitForReview();
        if (publish) product.Publish(enterprise, product.Revision);
        if (sales > 0) product.RecordSales(sales);
        await ExecuteDbContextAsync(async db =>
        {
            db.Attach(enterprise);
            if (tag is not null) { db.Attach(tag); product.Tag(tag); }
            db.Products.Add(product);
            await db.SaveChangesAsync();
        });
        return product;
    }
}
