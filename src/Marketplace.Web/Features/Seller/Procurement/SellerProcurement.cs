using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Procurement;

/// <summary>The enterprise's side of procurement under <c>/seller</c>: quote requests addressed to it
/// and its answers, and approved purchase orders to confirm or decline and deliver in shipments.
/// Every query and command is scoped by the enterprise id of the signed-in staff member.
/// Each use case has its file beside this one: Inbox, Request, SubmitQuote, Respond, Ship.</summary>
public static partial class SellerProcurement
{
    public enum Decision { Confirm, Decline }

    /// <summary>A request addressed to the enterprise; null for any other.</summary>
    internal static Task<QuoteRequest?> AddressedAsync(MarketplaceDbContext db, int enterpriseId, int requestId, bool tracked, CancellationToken ct)
    {
        var requests = tracked ? db.QuoteRequests : db.QuoteRequests.AsNoTracking();
        return requests.Include(r => r.Items)
            .FirstOrDefaultAsync(r => r.Id == requestId && r.Recipients.Any(x => x.EnterpriseId == enterpriseId), ct);
    }

    /// <summary>An approved order addressed to the enterprise, with its lines, to change; null for any other.</summary>
    internal static Task<PurchaseOrder?> OrderAsync(MarketplaceDbContext db, int enterpriseId, int orderId, CancellationToken ct) =>
        new Marketplace.Web.Features.Procurement.Orders.OrderScope(EnterpriseId: enterpriseId).Apply(db.PurchaseOrders).Include(o => o.Lines)
            .FirstOrDefaultAsync(o => o.Id == orderId, ct);
}
