using Marketplace.Domain.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests;

/// <summary>In Korean: a new product is bought, shipped and delivered; the buyer confirms the purchase and reviews it with
/// a photo, the enterprise answers, and the product page reads 5.0 (1) with both.</summary>
public class ReviewJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Buy_deliver_confirm_review_with_a_photo_reply_and_the_product_page_shows_five_stars_from_one_review()
    {
        var enterprise = await browser.App.EnterpriseOfAsync("seller@demo.kr");
        var product = await browser.App.ProductWithStockAsync(20, 9_800, enterprise);

        var shopper = await browser.NewPageAsync();
        await shopper.GotoAsync(browser.BaseUrl + "/account/login?returnUrl=" + Uri.EscapeDataString($"/products/{product}"));
        await Journeys.SignInAsync(shopper, "consumer@demo.kr");
        await shopper.ClickAsync(".add-to-cart button[type=submit]");
        await shopper.WaitForURLAsync("**/cart");
        await shopper.ClickAsync("a[href='/checkout']");
        await shopper.WaitForURLAsync("**/checkout");
        await Journeys.PayAtCheckoutAsync(shopper);
        await shopper.Locator(".orders-made a").First.ClickAsync();
        await shopper.WaitForURLAsync("**/orders/*");
        var orderUrl = shopper.Url;
        var orderId = orderUrl.Split('/').Last();

        // The enterprise ships and marks it delivered.
        var seller = await browser.NewPageAsync();
        await seller.GotoAsync(browser.BaseUrl + "/account/login?returnUrl=" + Uri.EscapeDataString($"/seller/orders/{orderId}"));
        await Journeys.SignInAsync(seller, "seller@demo.kr");
        await seller.SelectOptionAsync("select[name=carrier]", "CJ대한통운");
        await seller.FillAsync("input[name=trackingNumber]", "6012-3456-7890");
        await seller.ClickAsync("form[action$='/ship'] button[type=submit]");
        await seller.ClickAsync("form[action$='/deliver'] button[type=submit]");
        await seller.WaitForSelectorAsync("text=배송 완료");

        // The buyer confirms the purchase (구매확정), then reviews it with a photo.
        await shopper.GotoAsync(orderUrl);
        Assert.Contains("자동으로 확정됩니다", await shopper.InnerTextAsync(".confirm-purchase"));
        await shopper.ClickAsync("form[action$='/confirm'] button[type=submit]");
        await shopper.WaitForSelectorAsync("p.status.status-confirmed");
        Assert.Contains("구매확정", await shopper.InnerTextAsync("p.status"));
        await CatalogJourneyTests.Shot(shopper, "review-0-confirmed");
        await shopper.ClickAsync("a.write-review");
        await shopper.WaitForURLAsync("**/review");
        await shopper.CheckAsync("input[name='Form.Rating'][value='5']");
        await shopper.FillAsync("textarea[name='Form.Text']", "포장이 꼼꼼하고 신선했습니다. 사회적기업 제품이라 더 믿음이 갑니다.");
        await shopper.SetInputFilesAsync("input[name=photos]", new FilePayload { Name = "후기.png", MimeType = "image/png", Buffer = Images.Png(640, 480) });
        await CatalogJourneyTests.Shot(shopper, "review-1-form");
        await shopper.ClickAsync("form.review-form button[type=submit]");
        await shopper.WaitForURLAsync("**/orders/*");
        Assert.Contains("후기를 썼습니다", await shopper.InnerTextAsync(".order-lines"));

        // The enterprise answers on its reviews page.
        await seller.GotoAsync(browser.BaseUrl + "/seller/reviews");
        var item = seller.Locator(".review-item", new() { HasTextString = "포장이 꼼꼼하고" });
        await item.Locator("textarea[name=text]").FillAsync("좋은 후기 감사합니다. 다음에도 정성껏 보내 드리겠습니다.");
        await item.Locator("button[type=submit]").ClickAsync();
        await seller.WaitForSelectorAsync("text=좋은 후기 감사합니다");
        await CatalogJourneyTests.Shot(seller, "review-2-seller-replied");

        // Anyone reads it on the product page: 5.0 from one review, the photo, the answer.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync(browser.BaseUrl + $"/products/{product}");
        Assert.Contains("5.0 (1)", await visitor.InnerTextAsync(".rating-summary"));
        var reviews = await visitor.InnerTextAsync("#reviews");
        Assert.Contains("구매 확인", reviews);
        Assert.Contains("좋은 후기 감사합니다", reviews);
        Assert.Equal(1, await visitor.Locator("#reviews .review-photos img").CountAsync());
        await visitor.Locator("#reviews").ScrollIntoViewIfNeededAsync();
        await CatalogJourneyTests.Shot(visitor, "review-3-product-page");
        var stored = await browser.App.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.Where(p => p.Id == product)
            .Select(p => new { p.ReviewCount, p.RatingAverage }).SingleAsync());
        Assert.Equal((1, 5.0), (stored.ReviewCount, stored.RatingAverage));
    }
}
