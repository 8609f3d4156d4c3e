using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Features.Shop.Cart;
using Marketplace.Web.Features.Shop.Checkout;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>Members, products and carts made for a test, through the app's own services.</summary>
public static class Shoppers
{
    public static Task<string> NewMemberAsync(this AppFactory app, string? email = null) => app.WithScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<Member>>();
        var member = new Member(email ?? $"shopper-{Guid.NewGuid():N}@test.kr", "테스트 구매자", DateTime.UtcNow, SignUpChannel.Direct) { EmailConfirmed = true };
        var created = await users.CreateAsync(member, "Test-12345!");
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Code)));
        await users.AddToRoleAsync(member, Roles.Consumer);
        return member.Id;
    });

    /// <summary>A published product of a demo enterprise with exactly this stock and price.</summary>
    public static Task<int> ProductWithStockAsync(this AppFactory app, int stock, long price = 12_000, int? enterpriseId = null) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<MarketplaceDbContext>();
        var template = await db.Products.Include(p => p.Enterprise)
            .Where(p => p.Status == ProductStatus.Published && (enterpriseId == null || p.EnterpriseId == enterpriseId))
            .OrderBy(p => p.Id).FirstAsync();
        var product = new Product(template.EnterpriseId, template.CategoryId, ProductKind.Goods,
            $"테스트 상품 {Guid.NewGuid():N}"[..20], "Test product", "설명", "Description",
            new Domain.Common.Won(price), stock, DateTime.UtcNow);
        product.SubmitForReview();
        // An enterprise from before seller information was asked (an adopted old database) is given it first.
        if (!template.Enterprise.HasSellerInformation)
            template.Enterprise.DescribeSeller("대표자", new Domain.Enterprises.SellerInformation(null, true, "02-123-4567", "seller@example.kr", "서울 중구 세종대로 110", "서울 중구 세종대로 110"));
        product.Publish(template.Enterprise, product.Revision);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product.Id;
    });

    public static Task<int> StockOfAsync(this AppFactory app, int productId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.Where(p => p.Id == productId).Select(p => p.Stock).FirstAsync());

    public static Task AddToCartAsync(this AppFactory app, string memberId, int productId, int quantity) =>
        app.SendAsync(new ChangeCart.Command(new CartOwner(memberId, null), productId, quantity, ChangeCart.Mode.Add));

    public static StartCheckout.Form Address(Guid? attempt = null) => new()
    {
        AttemptId = attempt ?? Guid.NewGuid(),
        Recipient = "김하나",
        Phone = "010-1234-5678",
        PostalCode = "04524",
        RoadAddress = "서울특별시 중구 세종대로 110",
        Detail = "3층",
        AgreesToPurchase = true,
    };

    /// <summary>Checks out the member's cart as the checkout page would: with the total the page shows now.</summary>
    public static async Task<StartCheckout.Result> CheckoutAsync(this AppFactory app, string memberId, Guid? attempt = null)
    {
        var form = Address(attempt);
        form.TotalShown = (await app.SendAsync(new ViewCart.Query(new CartOwner(memberId, null)))).Total.Amount;
        return await app.SendAsync(new StartCheckout.Command(memberId, "shopper@test.kr", form));
    }

    /// <summary>A paid order of the member (one product of a demo enterprise), through checkout and the simulated gateway.</summary>
    public static async Task<int> PaidOrderAsync(this AppFactory app, string memberId, long price = 12_000) =>
        await app.PaidOrderOfAsync(memberId, await app.ProductWithStockAsync(10, price), 1);

    /// <summary>A paid order of the member for this many of a product, through checkout and the simulated gateway.</summary>
    public static async Task<int> PaidOrderOfAsync(this AppFactory app, string memberId, int product, int quantity)
    {
        await app.AddToCartAsync(memberId, product, quantity);
        var started = await app.CheckoutAsync(memberId);
        await app.SendAsync(new global::Marketplace.Web.Features.Payments.ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved",
            started.PaymentId, global::Marketplace.Web.Features.Payments.ApplyPaymentOutcome.Outcome.Paid));
        return await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders
            .Where(o => o.PaymentId == started.PaymentId).Select(o => o.Id).SingleAsync());
    }

    /// <summary>Takes a paid order on through the enterprise's steps, up to <paramref name="last"/>.</summary>
    public static async Task AdvanceOrderAsync(this AppFactory app, int orderId, global::Marketplace.Web.Features.Seller.Orders.SellerOrders.Step last)
    {
        var enterprise = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.Id == orderId).Select(o => o.EnterpriseId).SingleAsync());
        var status = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());
        // Accept takes a paid order to Preparing, Ship to Shipped, Deliver to Delivered: the steps already taken are skipped.
        var done = status - Domain.Ordering.OrderStatus.Paid;
        foreach (var step in Enum.GetValues<global::Marketplace.Web.Features.Seller.Orders.SellerOrders.Step>().Where(s => s <= last && (int)s >= done))
            Assert.True(await app.SendAsync(new global::Marketplace.Web.Features.Seller.Orders.SellerOrders.Advance(enterprise, orderId, step, "CJ대한통운", "6012-3456-7890")));
    }
}
