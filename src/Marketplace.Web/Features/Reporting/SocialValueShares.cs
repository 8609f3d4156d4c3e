using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Ordering;
using Marketplace.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Reporting;

/// <summary>Gives a confirmed purchase its share of its seller's social value, in the same transaction
/// that confirms it: a consumer order when it is paid, a purchase order when it is inspected. The
/// figures are those of the Korean year of confirmation; a year without figures gives no share.</summary>
public static class SocialValueShares
{
    public static async Task AttributeAsync(MarketplaceDbContext db, Order order, CancellationToken ct) =>
        order.AttributeSocialValue(await FiguresAsync(db, order.EnterpriseId, KoreaTime.ToKorea(order.PaidAtUtc!.Value).Year, ct));

    public static async Task AttributeAsync(MarketplaceDbContext db, PurchaseOrder order, CancellationToken ct) =>
        order.AttributeSocialValue(await FiguresAsync(db, order.EnterpriseId, KoreaTime.ToKorea(order.InspectedAtUtc!.Value).Year, ct));

    private static Task<SocialValueYear?> FiguresAsync(MarketplaceDbContext db, int enterpriseId, int year, CancellationToken ct) =>
        db.SocialValueYears.AsNoTracking().FirstOrDefaultAsync(y => y.EnterpriseId == enterpriseId && y.Year == year, ct);
}
