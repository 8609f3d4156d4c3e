using System.Text;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Payments;
using Marketplace.Web.Features.Seller.Listings;
using Marketplace.Web.Features.Seller.Orders;
using Marketplace.Web.Features.Seller.Sales;
using Marketplace.Web.Features.Shop.Cart;
using Marketplace.Web.Features.Shop.Checkout;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Shop.Checkout;

/// <summary>A listing with options (옵션): the option chosen is priced, reserved, ordered, fulfilled and settled as itself.</summary>
public class OptionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A published jam of a demo enterprise at 10,000원: 300g (5 in stock) and 1kg (+14,000원, 2 in stock).</summary>
    public static Task<(int Product, int Small, int Large, int Enterprise)> JamAsync(AppFactory app, int smallStock = 5, int largeStock = 2) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<MarketplaceDbContext>();
        var enterprise = await db.Enterprises.FirstAsync(e => db.Users.Any(u => u.Email == "seller@demo.kr" && u.EnterpriseId == e.Id));
        var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
        var product = new Product(enterprise.Id, category.Id, ProductKind.Goods, $"옵션 딸기잼 {Guid.NewGuid():N}"[..16], "Jam", "잼", "Jam", new Won(10_000), 0, DateTime.UtcNow);
        product.SetOptions("용량", [new("300g", 0, smallStock, "JAM-300"), new("1kg", 14_000, largeStock, "JAM-1K")]);
        product.SubmitForReview();
        product.Publish(enterprise, product.Revision);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return (product.Id, product.Options.Single(o => o.Name == "300g").Id, product.Options.Single(o => o.Name == "1kg").Id, enterprise.Id);
    });

    private Task<(int Product, int Small, int Large)> StockAsync(int product, int small, int large) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<MarketplaceDbContext>();
        var options = await db.ProductOptions.AsNoTracking().Where(o => o.ProductId == product).ToDictionaryAsync(o => o.Id, o => o.Stock);
        return (await db.Products.Where(p => p.Id == product).Select(p => p.Stock).SingleAsync(), options[small], options[large]);
    });

    [Fact]
    public async Task The_option_bought_is_priced_reserved_ordered_and_shown_to_the_seller_and_in_the_sales()
    {
        var (product, small, large, enterprise) = await JamAsync(app);
        var shopper = await app.NewMemberAsync();
        var owner = new CartOwner(shopper, null);
        Assert.Equal((7, 5, 2), await StockAsync(product, small, large));

        // A listing with options takes an option, and never more of it than it has.
        var noOption = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new ChangeCart.Command(owner, product, 1, ChangeCart.Mode.Add)));
        Assert.Equal(ErrorCodes.OptionRequired, noOption.Code);
        var tooMany = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new ChangeCart.Command(owner, product, 3, ChangeCart.Mode.Add, large)));
        Assert.Equal(ErrorCodes.NotEnoughStock, tooMany.Code);
        await app.SendAsync(new ChangeCart.Command(owner, product, 2, ChangeCart.Mode.Add, large));
        await app.SendAsync(new ChangeCart.Command(owner, product, 1, ChangeCart.Mode.Add, small));

        var cart = await app.SendAsync(new ViewCart.Query(owner));
        var lines = cart.Groups.Single().Lines;
        Assert.Equal([(24_000L, 2, "1kg"), (10_000L, 1, "300g")], lines.Select(l => (l.UnitPrice, l.Quantity, l.OptionName!)).OrderByDescending(l => l.Item1));
        Assert.Equal(58_000, cart.Total.Amount); // 2 × (10,000 + 14,000) + 10,000

        var started = await app.CheckoutAsync(shopper);
        Assert.Equal((4, 4, 0), await StockAsync(product, small, large));
        await app.SendAsync(new ApplyPaymentOutcome.Command($"simulated-{started.PaymentId}", "simulated.approved", started.PaymentId, ApplyPaymentOutcome.Outcome.Paid));

        var orderId = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Orders.Where(o => o.PaymentId == started.PaymentId).Select(o => o.Id).SingleAsync());
        var seen = await app.SendAsync(new SellerOrders.DetailQuery(enterprise, orderId));
        Assert.Equal(58_000, seen!.TotalWon);
        Assert.Contains(seen.Lines, l => l.OptionName == "1kg" && l.UnitPriceWon == 24_000 && l.Quantity == 2);

        var today = KoreaTime.Today(TimeProvider.System);
        var sales = await app.SendAsync(new SellerSales.Query(enterprise, today.Year, today.Month));
        var top = sales.TopProducts.Where(t => t.ProductId == product).ToList();
        Assert.Contains(top, t => t.Name.EndsWith("· 1kg") && t.Units == 2 && t.Net == 48_000);
        Assert.Contains(top, t => t.Name.EndsWith("· 300g") && t.Units == 1 && t.Net == 10_000);
        // Delivered and confirmed (구매확정), the month's settlement counts the options at their prices (the only such purchase here).
        await app.AdvanceOrderAsync(orderId, SellerOrders.Step.Deliver);
        Assert.True(await app.SendAsync(new Web.Features.Shop.Orders.ConfirmPurchase.Command(shopper, orderId)));
        var settled = await app.SendAsync(new SellerSales.Query(enterprise, today.Year, today.Month));
        Assert.Equal(58_000, settled.Statement!.Gross);

        // Sold out: the 1kg can no longer be added; the 300g still can.
        var soldOut = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new ChangeCart.Command(owner, product, 1, ChangeCart.Mode.Add, large)));
        Assert.Equal(ErrorCodes.NotEnoughStock, soldOut.Code);
    }

    [Fact]
    public async Task A_checkout_given_up_gives_the_options_stock_back()
    {
        var (product, small, large, _) = await JamAsync(app);
        var shopper = await app.NewMemberAsync();
        await app.SendAsync(new ChangeCart.Command(new CartOwner(shopper, null), product, 2, ChangeCart.Mode.Add, large));
        var started = await app.CheckoutAsync(shopper);
        Assert.Equal((5, 5, 0), await StockAsync(product, small, large));

        await app.SendAsync(new CancelCheckout.Command(shopper, started.PaymentId));

        Assert.Equal((7, 5, 2), await StockAsync(product, small, large));
    }

    [Fact]
    public async Task Twenty_checkouts_of_an_option_with_three_left_sell_exactly_three_and_leave_the_other_option_alone()
    {
        var (product, small, large, _) = await JamAsync(app, smallStock: 5, largeStock: 3);
        var members = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var member = await app.NewMemberAsync();
            await app.SendAsync(new ChangeCart.Command(new CartOwner(member, null), product, 1, ChangeCart.Mode.Add, large));
            members.Add(member);
        }
        using var start = new ManualResetEventSlim();
        var attempts = members.Select(member => Task.Run(async () =>
        {
            start.Wait();
            try { await app.CheckoutAsync(member); return true; }
            catch (DomainException e) when (e.Code == ErrorCodes.NotEnoughStock) { return false; }
        })).ToList();
        start.Set();
        var won = await Task.WhenAll(attempts);

        Assert.Equal(3, won.Count(w => w));
        Assert.Equal((5, 5, 0), await StockAsync(product, small, large));
    }

    [Fact]
    public async Task A_published_listing_keeps_its_option_names_and_prices_but_its_option_stock_moves_by_the_sellers_change()
    {
        var (product, small, large, enterprise) = await JamAsync(app);
        var form = (await app.SendAsync(new Listings.FormQuery(enterprise, product)))!.Form;
        Assert.Equal(["300g", "1kg"], form.Options.Select(o => o.Name));

        // A shopper buys one 300g after the seller opened the page; the seller then sets 300g from 5 to 8 (+3).
        var shopper = await app.NewMemberAsync();
        await app.SendAsync(new ChangeCart.Command(new CartOwner(shopper, null), product, 1, ChangeCart.Mode.Add, small));
        await app.CheckoutAsync(shopper);
        form.Options[0].Stock = 8;
        await app.SendAsync(new Listings.Save(enterprise, product, form));
        Assert.Equal((9, 7, 2), await StockAsync(product, small, large));

        form = (await app.SendAsync(new Listings.FormQuery(enterprise, product)))!.Form;
        form.Options[1].PriceDifference = 1_000;
        var repriced = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new Listings.Save(enterprise, product, form)));
        Assert.Equal(ErrorCodes.OptionsLockedWhilePublished, repriced.Code);
        var price = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().ProductOptions.Where(o => o.Id == large).Select(o => o.PriceDifferenceWon).SingleAsync());
        Assert.Equal(14_000, price);
    }

    [Fact]
    public async Task The_csv_import_reads_options_and_refuses_a_malformed_cell()
    {
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var csv = $"sku,name,kind,category,price,stock,옵션명,옵션\nOPT-{tag},옵션 티셔츠,Goods,household,19000,0,사이즈,S:0:4:TS-{tag}-S; M:0:6; XL:2000:3\n";
        var result = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.UTF8.GetBytes(csv)));
        Assert.True(result.Imported, string.Join("; ", result.Errors.Select(e => e.Message)));

        var saved = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.Include(p => p.Options).AsNoTracking()
            .SingleAsync(p => p.EnterpriseId == enterprise && p.Sku == $"OPT-{tag}"));
        Assert.Equal("사이즈", saved.OptionLabel);
        Assert.Equal([("S", 0L, 4), ("M", 0L, 6), ("XL", 2_000L, 3)], saved.Options.OrderBy(o => o.SortOrder).Select(o => (o.Name, o.PriceDifferenceWon, o.Stock)));
        Assert.Equal(13, saved.Stock);
        Assert.Equal(21_000, saved.PriceOf(saved.Options.Single(o => o.Name == "XL")).Amount);

        // The same SKU again without the options cell: a price update that leaves the options as they are.
        var update = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.UTF8.GetBytes(
            $"sku,name,kind,category,price,stock\nOPT-{tag},옵션 티셔츠,Goods,household,19500,0\n")));
        Assert.Equal((0, 1), (update.Created, update.Updated));
        var kept = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.Include(p => p.Options).AsNoTracking()
            .SingleAsync(p => p.EnterpriseId == enterprise && p.Sku == $"OPT-{tag}"));
        Assert.Equal((19_500L, 3, 13), (kept.PriceWon, kept.Options.Count, kept.Stock));

        var bad = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.UTF8.GetBytes(
            $"sku,name,kind,category,price,stock,옵션\nOPT-{tag}-B,옵션 양말,Goods,household,9000,0,S:영:4\n")));
        Assert.False(bad.Imported);
        Assert.Contains("이름:가격차이:재고", Assert.Single(bad.Errors).Message);
    }

    [Fact]
    public async Task A_public_buyer_is_sent_to_a_quote_request_for_a_listing_with_options()
    {
        var (product, _, _, _) = await JamAsync(app);
        var institution = await app.NewInstitutionAsync();
        var refused = await Assert.ThrowsAsync<DomainException>(() => app.SendAsync(new Web.Features.Procurement.Orders.DirectPurchase.Command(
            institution.Id, institution.BuyerId, product,
            new Web.Features.Procurement.Orders.DirectPurchase.Form { Quantity = 10, DeliveryPlace = "본관 1층", DeliveryDate = KoreaTime.Today(app.Clock).AddDays(7) })));
        Assert.Equal(ErrorCodes.OptionsNeedQuote, refused.Code);
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().PurchaseOrders.AnyAsync(o => o.InstitutionId == institution.Id)));
    }
}
