using System.Net;
using Marketplace.Domain.Data;
using Marketplace.Domain.Common;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Features.Seller.Procurement;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Procurement.Orders;

/// <summary>An inspection or a shipment posted without its quantities is refused with a message, never a 500.</summary>
public class MissingQuantitiesTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A direct purchase of the demo seller's listing by an institution of the test's own, approved and confirmed.</summary>
    private async Task<(TestInstitution Institution, int Order, int Enterprise)> ConfirmedOrderAsync()
    {
        var institution = await app.NewInstitutionAsync();
        var enterprise = await app.EnterpriseOfAsync("seller@demo.kr");
        var product = await app.ProductWithStockAsync(100, 10_000, enterprise);
        var order = await app.SendAsync(new DirectPurchase.Command(institution.Id, institution.BuyerId, product,
            new DirectPurchase.Form { Quantity = 5, DeliveryPlace = "본관", DeliveryDate = KoreaTime.Today(app.Clock).AddDays(7) }));
        Assert.True(await app.SendAsync(new PurchaseOrders.Approve(institution.Id, institution.ApproverId, order)));
        Assert.True(await app.SendAsync(new SellerProcurement.Respond(enterprise, order, SellerProcurement.Decision.Confirm, null)));
        return (institution, order, enterprise);
    }

    private Task<PurchaseOrder> OrderAsync(int id) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<MarketplaceDbContext>().PurchaseOrders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == id));

    [Fact]
    public async Task An_inspection_without_accepted_quantities_is_refused_and_inspects_nothing()
    {
        var (institution, id, enterprise) = await ConfirmedOrderAsync();
        var line = (await OrderAsync(id)).Lines.Single();
        await app.SendAsync(new SellerProcurement.Ship(enterprise, id, new Dictionary<int, int> { [line.Id] = 5 }, "CJ대한통운", "1234567890"));
        Assert.Equal(PurchaseOrderStatus.Delivered, (await OrderAsync(id)).Status);
        var buyer = await app.SignedInAsync(institution.BuyerEmail, "Test-12345!");

        var response = await Html.PostFormAsync(buyer, $"/procurement/orders/{id}/inspect",
            new Dictionary<string, string> { ["note"] = "검수" }, $"/procurement/orders/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("품목마다 합격 수량을 입력해 주세요", await response.Content.ReadAsStringAsync());
        Assert.Equal(PurchaseOrderStatus.Delivered, (await OrderAsync(id)).Status);
    }

    [Fact]
    public async Task A_shipment_without_quantities_is_refused_and_ships_nothing()
    {
        var (_, id, _) = await ConfirmedOrderAsync();
        var seller = await app.SignedInAsync("seller@demo.kr");

        var response = await Html.PostFormAsync(seller, $"/seller/procurement/orders/{id}/ship",
            new Dictionary<string, string> { ["carrier"] = "CJ대한통운", ["trackingNumber"] = "1234567890" }, $"/seller/procurement/orders/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var after = await OrderAsync(id);
        Assert.Equal((PurchaseOrderStatus.Confirmed, 0), (after.Status, after.Lines.Sum(l => l.ShippedQuantity)));
    }
}
