using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Orders;

public static partial class MyOrders
{
    public sealed record ListQuery(string MemberId) : IRequest<IReadOnlyList<Summary>>;

    public sealed record Summary(int Id, DateTime CreatedAtUtc, string EnterpriseName, string EnterpriseNameEn, OrderStatus Status, long TotalWon, int ItemCount)
    {
        public string Number => Order.NumberOf(Id, CreatedAtUtc);
    }

    public sealed class ListHandler(MarketplaceDbContext db) : IRequestHandler<ListQuery, IReadOnlyList<Summary>>
    {
        public async Task<IReadOnlyList<Summary>> Handle(ListQuery query, CancellationToken ct) =>
            await db.Orders.AsNoTracking()
                // A payment declined or abandoned leaves no order to show: only orders that were paid, or wait for payment.
                .Where(o => o.MemberId == query.MemberId && !(o.Status == OrderStatus.Cancelled && o.PaidAtUtc == null))
                .OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id)
                .Take(200)
                .Join(db.Enterprises, o => o.EnterpriseId, e => e.Id, (o, e) => new Summary(
                    o.Id, o.CreatedAtUtc, e.Name, e.NameEn, o.Status, o.TotalWon, o.Lines.Sum(l => l.Quantity)))
                .ToListAsync(ct);
    }
}
