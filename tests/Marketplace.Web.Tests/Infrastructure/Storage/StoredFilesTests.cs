using System.Net;
using ImageMagick;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure.Storage;

/// <summary>Files no row points at do not stay on disk: a removed photo goes at once (unless a copy of the
/// listing still shows it), and a daily sweep deletes whatever was left behind.</summary>
public class StoredFilesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private string ImagesFolder => Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, "images");

    private async Task<string> UploadAsync(HttpClient seller, int product)
    {
        using var picture = new MagickImage(MagickColors.Orange, 800, 600);
        var page = await seller.GetStringAsync($"/seller/products/{product}/edit");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(picture.ToByteArray(MagickFormat.Png)), "file", "photo.png" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await seller.PostAsync($"/seller/products/{product}/images", form)).StatusCode);
        return await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.AsNoTracking()
            .Where(p => p.Id == product).SelectMany(p => p.Images).OrderByDescending(i => i.SortOrder).Select(i => i.Url).FirstAsync());
    }

    private string FileOf(string url) => Path.Combine(ImagesFolder, url["/media/".Length..]);

    [Fact]
    public async Task A_removed_photo_leaves_the_disk_with_its_thumbnail()
    {
        var product = await app.ProductWithStockAsync(5, 10_000, await app.EnterpriseOfAsync("seller@demo.kr"));
        var seller = await app.SignedInAsync("seller@demo.kr");
        var url = await UploadAsync(seller, product);
        Assert.True(File.Exists(FileOf(url)));

        var removed = await Html.PostFormAsync(seller, $"/seller/products/{product}/images/remove",
            new Dictionary<string, string> { ["url"] = url }, $"/seller/products/{product}/edit");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(File.Exists(FileOf(url)));
        Assert.False(File.Exists(FileOf(ImageStore.ThumbnailOf(url))));
    }

    [Fact]
    public async Task The_daily_sweep_deletes_files_no_row_points_at_and_keeps_the_rest()
    {
        var product = await app.ProductWithStockAsync(5, 10_000, await app.EnterpriseOfAsync("seller@demo.kr"));
        var seller = await app.SignedInAsync("seller@demo.kr");
        var kept = await UploadAsync(seller, product);
        var orphan = Path.Combine(ImagesFolder, Guid.NewGuid().ToString("N") + ".png");
        File.Copy(FileOf(kept), orphan);

        var tomorrow = DateTime.UtcNow.AddDays(2);
        var deleted = await app.WithScopeAsync(sp => StoredFiles.DeleteUnusedAsync(sp.GetRequiredService<MarketplaceDbContext>(),
            sp.GetRequiredService<ImageStore>(), sp.GetRequiredService<DocumentStore>(), tomorrow, CancellationToken.None));

        Assert.True(deleted >= 1);
        Assert.False(File.Exists(orphan));
        Assert.True(File.Exists(FileOf(kept)));
    }
}
