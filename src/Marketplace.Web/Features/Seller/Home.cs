using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Domain.Procurement;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller;

/// <summary><c>/seller</c>: what waits on the enterprise today, counted.</summary>
public static class Home
{
    public sealed record Query(int EnterpriseId) : IRequest<Model>;

    public sealed record Model(string EnterpriseName, int OrdersToHandle, int Listings, int ListingsInReview,
        int QuotesToAnswer, int PurchaseOrdersToHandle, bool HasSellerInformation);

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var enterprise = query.EnterpriseId;
            var about = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterprise)
                .Select(e => new { e.Name, HasSeller = e.Seller != null && e.RepresentativeName != null && e.RepresentativeName != "" }).FirstAsync(ct);
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
            return new Model(about.Name, toHandle, listings, inReview, quotesToAnswer, purchaseOrders, about.HasSeller);
        }
    }
}
