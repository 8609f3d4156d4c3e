using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Shop.Cart;
using Marketplace.Web.Features.Shop.Checkout;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop.Checkout;

/// <summary>A shopper pays the amount the checkout page showed, or is shown the new amount and asked again.</summary>
public class PinnedPriceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_price_approved_after_the_page_was_shown_is_shown_and_asked_again_before_any_payment()
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(10, 17_400);
        await app.AddToCartAsync(member, product, 1);
        var shown = (await app.SendAsync(new ViewCart.Query(new CartOwner(member, null)))).Total.Amount;
        Assert.Equal(17_400, shown);

        // The enterprise's new price is approved while the shopper looks at the checkout page.
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MarketplaceDbContext>();
            var p = await db.Products.Include(x => x.PriceTiers).SingleAsync(x => x.Id == product);
            p.Edit(p.Name, p.NameEn, p.Description, p.DescriptionEn, new Won(174_000), []);
            p.ApproveChange(p.Revision);
            return await db.SaveChangesAsync();
        });
        var form = Shoppers.Address();
        form.TotalShown = shown;

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new StartCheckout.Command(member, "a@test.kr", form)));

        Assert.Contains("17,400원에서 174,000원(으)로 바뀌었습니다", Assert.Single(refused.Errors).Message);
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Payments.CountAsync(p => p.MemberId == member)));
        Assert.Equal(10, await app.StockOfAsync(product));

        // Asked again, with the new total on the page, the shopper pays 174,000원.
        var started = await app.CheckoutAsync(member);
        Assert.Equal(174_000, await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Payments
            .Where(p => p.Id == started.PaymentId).Select(p => p.AmountWon).SingleAsync()));
    }

    [Fact]
    public async Task Nothing_is_reserved_or_paid_without_the_shoppers_agreement_to_the_purchase_terms()
    {
        var member = await app.NewMemberAsync();
        var product = await app.ProductWithStockAsync(10, 9_000);
        await app.AddToCartAsync(member, product, 2);
        var form = Shoppers.Address();
        form.AgreesToPurchase = false;
        form.TotalShown = 18_000;

        var refused = await Assert.ThrowsAsync<InputValidationException>(() => app.SendAsync(new StartCheckout.Command(member, "a@test.kr", form)));

        Assert.Contains(refused.Errors, e => e.Field == "Form.AgreesToPurchase" && e.Message.Contains("결제 진행에 동의해 주세요"));
        Assert.Equal(10, await app.StockOfAsync(product));
        var page = await (await app.SignedInAsync((await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users
            .Where(u => u.Id == member).Select(u => u.Email!).SingleAsync())), "Test-12345!")).GetStringAsync("/checkout");
        Assert.Contains("통신판매중개자로서 거래 당사자가 아니며", page);
        Assert.Contains("name=\"Form.AgreesToPurchase\"", page);
    }
}
