using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.DemoData;

/// <summary>Fills the catalog up to a given number of published products for benchmarks,
/// reusing the demo lexicon so that searches hit realistic names.</summary>
public static class BenchData
{
    public static async Task SeedAsync(IServiceProvider services, int productTarget)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetRequiredService<DemoDataSeeder>();
            await seeder.SeedAsync();
            await seeder.SeedDemoDataAsync();
        }

        var random = new Random(7);
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var existing = await db.Products.CountAsync();
            if (existing >= productTarget) break;

            var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.Status == ApprovalStatus.Approved).ToListAsync();
            var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => c.Id).ToListAsync();
            var now = DateTime.UtcNow;
            var batch = Math.Min(5_000, productTarget - existing);
            for (var i = 0; i < batch; i++)
            {
                var n = existing + i;
                var c = random.Next(DemoLexicon.Categories.Length);
                var seed = DemoLexicon.Categories[c];
                var item = seed.Items[random.Next(seed.Items.Length)];
                var enterprise = enterprises[random.Next(enterprises.Count)];
                var product = new Product(enterprise.Id, categories[c], seed.Kind,
                    $"{item.Name} No.{n}", $"{item.NameEn} No.{n}", item.Name, item.NameEn,
                    new Won(item.MinPrice + random.Next(0, 100) * 100), random.Next(0, 500), now.AddMinutes(-n));
                product.AddImage($"/img/generated/{n % 360}/{Uri.EscapeDataString(item.Label)}.svg");
                product.RecordSales(random.Next(0, 1000));
                product.SubmitForReview();
                product.Publish(enterprise, product.Revision);
                db.Products.Add(product);
            }
            await db.SaveChangesAsync();
            Console.WriteLine($"products: {existing + batch}");
        }
    }
}
