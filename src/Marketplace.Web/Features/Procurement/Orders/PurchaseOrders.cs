using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Orders;

/// <summary>Who is looking at a purchase order: its institution, the enterprise it is addressed to
/// (only once approved), or the operator. Every read and change of an order goes through this scope.</summary>
public sealed record OrderScope(int? InstitutionId = null, int? EnterpriseId = null, bool Operator = false)
{
    public IQueryable<PurchaseOrder> Apply(IQueryable<PurchaseOrder> orders) => this switch
    {
        { Operator: true } => orders,
        { InstitutionId: { } institution } => orders.Where(o => o.InstitutionId == institution),
        { EnterpriseId: { } enterprise } => orders.Where(o => o.EnterpriseId == enterprise).Where(PurchaseOrder.VisibleToEnterprise),
        _ => orders.Where(o => false),
    };
}

/// <summary>Purchase orders as the institution, the enterprise and the operator see them, and the
/// institution's own steps: internal approval and inspection (검수), which issues the invoice.
/// One use case a file, beside this one: Index, Details, Approve, RejectApproval, Inspect.</summary>
public static partial class PurchaseOrders
{
    /// <summary>An order of the institution's own, with its lines, to change; null for anyone else's.</summary>
    internal static Task<PurchaseOrder?> OwnOrderAsync(MarketplaceDbContext db, int institutionId, int orderId, CancellationToken ct) =>
        db.PurchaseOrders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId && o.InstitutionId == institutionId, ct);
}
