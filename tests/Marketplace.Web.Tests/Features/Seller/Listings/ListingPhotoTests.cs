using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Marketplace.Domain.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Seller.Listings;

/// <summary>Listing photos: checked by content, thumbnailed to at most 480×360, served from /media.</summary>
public class ListingPhotoTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static byte[] Png(int width = 1200, int height = 900) => Images.Png(width, height);

    /// <summary>Width and height from a JPEG's start-of-frame marker.</summary>
    private static (int Width, int Height) JpegSize(byte[] jpeg)
    {
        for (var i = 2; i + 9 < jpeg.Length;)
        {
            if (jpeg[i] != 0xFF) { i++; continue; }
            var marker = jpeg[i + 1];
            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (marker is >= 0xC0 and <= 0xC3) return ((jpeg[i + 7] << 8) | jpeg[i + 8], (jpeg[i + 5] << 8) | jpeg[i + 6]);
            i += 2 + length;
        }
        throw new InvalidDataException("No frame header.");
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, int productId, byte[] bytes, string name)
    {
        var token = Html.AntiforgeryToken(await client.GetStringAsync($"/seller/products/{productId}/edit"));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", name);
        return await client.PostAsync($"/seller/products/{productId}/images", form);
    }

    [Fact]
    public async Task A_photo_gets_a_small_thumbnail_and_disguised_or_broken_files_are_refused()
    {
        using var seller = app.CreateBrowserlikeClient();
        await Html.PostFormAsync(seller, "/account/login", new Dictionary<string, string> { ["Email"] = "seller@demo.kr", ["Password"] = "Demo1234!" });
        var enterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users.Where(u => u.Email == "seller@demo.kr").Select(u => u.EnterpriseId!.Value).SingleAsync());
        var product = await app.ProductWithStockAsync(10, 5_000, enterprise);

        var uploaded = await UploadAsync(seller, product, Png(), "photo.png");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var url = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.Where(p => p.Id == product)
            .SelectMany(p => p.Images).Select(i => i.Url).SingleAsync());
        Assert.Matches("^/media/[0-9a-f]{32}\\.png$", url);

        using var visitor = app.CreateClient();
        var thumbnail = await visitor.GetAsync(Web.Infrastructure.Storage.ImageStore.ThumbnailOf(url));
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType!.MediaType);
        var (width, height) = JpegSize(await thumbnail.Content.ReadAsByteArrayAsync());
        Assert.Equal((480, 360), (width, height));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(url)).StatusCode);
        Assert.Contains(Web.Infrastructure.Storage.ImageStore.ThumbnailOf(url), await visitor.GetStringAsync($"/products/{product}"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/media/..%2F..%2Fappsettings.json")).StatusCode);

        var exe = await UploadAsync(seller, product, [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], "cat.jpg");
        Assert.Equal(HttpStatusCode.BadRequest, exe.StatusCode);
        Assert.Contains("파일 내용으로 확인합니다", await exe.Content.ReadAsStringAsync());
        var broken = await UploadAsync(seller, product, Png().Take(60).ToArray(), "broken.png");
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("사진을 읽을 수 없습니다", await broken.Content.ReadAsStringAsync());
        // Wider than any camera makes: refused before its pixels are decoded.
        var huge = await UploadAsync(seller, product, Png(Web.Infrastructure.Storage.ImageStore.MaxSide + 1, 2), "panorama.png");
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains("사진을 읽을 수 없습니다", await huge.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.Where(p => p.Id == product).SelectMany(p => p.Images).CountAsync()));
    }

    [Fact]
    public async Task The_storefront_logo_shows_on_the_enterprise_page()
    {
        using var seller = app.CreateBrowserlikeClient();
        await Html.PostFormAsync(seller, "/account/login", new Dictionary<string, string> { ["Email"] = "seller2@demo.kr", ["Password"] = "Demo1234!" });
        var enterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users.Where(u => u.Email == "seller2@demo.kr").Select(u => u.EnterpriseId!.Value).SingleAsync());
        var token = Html.AntiforgeryToken(await seller.GetStringAsync("/seller/profile"));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(Png(300, 300)), "file", "logo.png");

        Assert.Equal(HttpStatusCode.Redirect, (await seller.PostAsync("/seller/profile/logo", form)).StatusCode);

        var logo = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Enterprises.Where(e => e.Id == enterprise).Select(e => e.LogoUrl).SingleAsync());
        Assert.NotNull(logo);
        Assert.Contains(Web.Infrastructure.Storage.ImageStore.ThumbnailOf(logo!), await app.CreateClient().GetStringAsync($"/enterprises/{enterprise}"));
    }
}
