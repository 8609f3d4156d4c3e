using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Domain.Ordering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller;

public sealed record SellerHome(string EnterpriseName, int OrdersToHandle, int Listings, int ListingsInReview);

[Authorize(Roles = Roles.EnterpriseStaff)]
public sealed class SellerHomeController(MarketplaceDbContext db) : Controller
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
        return View(new SellerHome(name, toHandle, listings, inReview));
    }
}
