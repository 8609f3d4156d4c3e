using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Orders;

public static partial class PurchaseOrders
{
    public sealed record Row(int Id, string Number, DateTime CreatedAtUtc, PurchaseOrderStatus Status, PurchaseMethod Method,
        string EnterpriseName, string InstitutionName, long TotalWon, DateOnly DeliveryDate, bool Flagged);

    public sealed record ListQuery(OrderScope Scope, PurchaseOrderStatus? Status = null) : IRequest<IReadOnlyList<Row>>;


    public sealed class ListHandler(MarketplaceDbContext db) : IRequestHandler<ListQuery, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(ListQuery query, CancellationToken ct)
        {
            var orders = query.Scope.Apply(db.PurchaseOrders.AsNoTracking());
            if (query.Status is { } status) orders = orders.Where(o => o.Status == status);
            var rows = await orders.OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id).Take(300)
                .Select(o => new
                {
                    o.Id, o.CreatedAtUtc, o.Status, o.Method, o.DeliveryDate, o.CertificationExpiresBeforeDelivery, o.CapExceededReason,
                    Enterprise = db.Enterprises.Where(e => e.Id == o.EnterpriseId).Select(e => e.Name).First(),
                    Institution = db.Institutions.Where(i => i.Id == o.InstitutionId).Select(i => i.Name).First(),
                    Total = o.Lines.Sum(l => l.Quantity * (l.UnitSupplyWon + l.UnitVatWon)),
                })
                .ToListAsync(ct);
            return rows.Select(o => new Row(o.Id, PurchaseOrder.NumberOf(o.Id, o.CreatedAtUtc), o.CreatedAtUtc, o.Status, o.Method,
                o.Enterprise, o.Institution, o.Total, o.DeliveryDate, o.CertificationExpiresBeforeDelivery || o.CapExceededReason != null)).ToList();
        }
    }
}
