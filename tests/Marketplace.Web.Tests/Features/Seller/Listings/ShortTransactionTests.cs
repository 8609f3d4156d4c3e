using System.Net;
using System.Text;
using ImageMagick;
using Marketplace.Domain.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ImportListings = Marketplace.Web.Features.Seller.Listings.ImportListings;

namespace Marketplace.Web.Tests.Features.Seller.Listings;

/// <summary>Slow work (reading a file, making a thumbnail) happens before any transaction, so other
/// people's writes never wait for it; and a database too busy to answer gets 503, never 500.</summary>
public class ShortTransactionTests
{
    [Fact]
    public async Task A_two_thousand_row_import_reads_nothing_inside_its_transaction_but_what_it_writes()
    {
        using var app = new AppFactory();
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var csv = new StringBuilder("sku,name,kind,category,price,stock\n");
        for (var i = 0; i < 2_000; i++) csv.Append($"BULK-{i:0000},대량 상품 {i},Goods,household,{1_000 + i},50\n");
        app.Commands.Clear();

        var result = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.UTF8.GetBytes(csv.ToString())));

        Assert.True(result.Imported, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(2_000, result.Created);
        // The categories and the listings to update: two reads. Before, each row's save ran five of its own inside.
        Assert.InRange(app.Commands.ReadsInTransactions, 0, 2);
        Assert.Equal(2_000, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .CountAsync(p => p.EnterpriseId == enterprise && p.Sku!.StartsWith("BULK-"))));
    }

    [Fact]
    public async Task A_listing_photo_is_thumbnailed_outside_any_transaction()
    {
        using var app = new AppFactory();
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var product = await app.ProductWithStockAsync(5, 10_000, enterprise);
        var seller = await app.SignedInAsync("seller@demo.kr");
        using var picture = new MagickImage(MagickColors.SeaGreen, 1600, 1200);
        var png = picture.ToByteArray(MagickFormat.Png);
        var page = await seller.GetStringAsync($"/seller/products/{product}/edit");
        app.Commands.Clear();

        using var form = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(png), "file", "photo.png" },
        };
        var response = await seller.PostAsync($"/seller/products/{product}/images", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, app.Commands.ReadsInTransactions);
        Assert.Single(await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .AsNoTracking().Where(p => p.Id == product).SelectMany(p => p.Images).ToListAsync()));
    }

    [Fact]
    public async Task A_write_that_finds_the_database_locked_gets_503_with_retry_after_and_a_sentence()
    {
        using var app = new BusyTimeoutOfOneSecond();
        var product = await app.ProductWithStockAsync(5);
        var client = app.CreateBrowserlikeClient();
        var page = await client.GetStringAsync($"/products/{product}");
        await using var other = new SqliteConnection($"Data Source={app.DatabasePath}");
        await other.OpenAsync();
        await using (var hold = other.CreateCommand())
        {
            hold.CommandText = "BEGIN IMMEDIATE";
            await hold.ExecuteNonQueryAsync();
        }

        var response = await client.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["productId"] = product.ToString(), ["quantity"] = "1", ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter!.Delta);
        Assert.Contains("몇 초 뒤에 다시 시도해 주세요", await response.Content.ReadAsStringAsync());
    }

    private sealed class BusyTimeoutOfOneSecond : AppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Marketplace"] = $"Data Source={DatabasePath};Default Timeout=1",
        };
    }
}
