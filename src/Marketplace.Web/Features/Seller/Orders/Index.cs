using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Orders;

public static partial class SellerOrders
{
    public sealed record ListQuery(int EnterpriseId, OrderStatus? Status) : IRequest<IReadOnlyList<Row>>;

    public sealed record Row(int Id, DateTime CreatedAtUtc, OrderStatus Status, long TotalWon, string Recipient, int ItemCount)
    {
        public string Number => Order.NumberOf(Id, CreatedAtUtc);
    }

    public sealed class ListHandler(MarketplaceDbContext db) : IRequestHandler<ListQuery, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(ListQuery query, CancellationToken ct)
        {
            // Orders not yet paid are not the enterprise's business.
            var orders = db.Orders.AsNoTracking().Where(o => o.EnterpriseId == query.EnterpriseId && o.Status != OrderStatus.PendingPayment);
            if (query.Status is { } status) orders = orders.Where(o => o.Status == status);
            return await orders.OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id).Take(300)
                .Select(o => new Row(o.Id, o.CreatedAtUtc, o.Status, o.TotalWon, o.ShipTo.Recipient, o.Lines.Sum(l => l.Quantity)))
                .ToListAsync(ct);
        }
    }
}
