using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Domain.Members;
using Marketplace.Domain.Ordering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller;

public sealed record SellerHome(string EnterpriseName, int OrdersToHandle, int Listings, int ListingsInReview,
    int QuotesToAnswer, int PurchaseOrdersToHandle);

[Authorize(Roles = Roles.EnterpriseStaff)]
public sealed class SellerHomeController(MarketplaceDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/seller")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (await db.EnterpriseOfAsync(User, ct) is not { } enterprise) return Redirect("/seller/apply");
        var name = await db.Enterprises.Where(e => e.Id == enterprise).Select(e => e.Name).FirstAsync(ct);
        var toHandle = await db.Orders.CountAsync(o => o.EnterpriseId == enterprise && (o.Status == OrderStatus.Paid || o.Status == OrderStatus.Preparing), ct);
        var listings = await db.Products.CountAsync(p => p.EnterpriseId == enterprise, ct);
        var inReview = await db.Products.CountAsync(p => p.EnterpriseId == enterprise
            && (p.Status == Domain.Catalog.ProductStatus.PendingReview || p.PendingChange != null), ct);
        // Procurement waiting on the enterprise: open requests not yet answered, approved orders not yet fully delivered.
        var today = KoreaTime.Today(clock);
        var quotesToAnswer = await db.QuoteRequests.CountAsync(r => r.Status == QuoteRequestStatus.Open && r.Deadline >= today
            && r.Recipients.Any(x => x.EnterpriseId == enterprise) && !db.Quotes.Any(q => q.QuoteRequestId == r.Id && q.EnterpriseId == enterprise), ct);
        var purchaseOrders = await db.PurchaseOrders.CountAsync(o => o.EnterpriseId == enterprise
            && (o.Status == PurchaseOrderStatus.Placed || o.Status == PurchaseOrderStatus.Confirmed || o.Status == PurchaseOrderStatus.PartlyShipped), ct);
        return View(new SellerHome(name, toHandle, listings, inReview, quotesToAnswer, purchaseOrders));
    }
}
