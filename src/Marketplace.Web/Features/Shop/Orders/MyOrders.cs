using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Orders;

/// <summary><c>/orders</c> and <c>/orders/{id}</c>: a member's own orders only; anyone else's id is not found.</summary>
public static class MyOrders
{
    public sealed record ListQuery(string MemberId) : IRequest<IReadOnlyList<Summary>>;

    public sealed record Summary(int Id, DateTime CreatedAtUtc, string EnterpriseName, string EnterpriseNameEn, OrderStatus Status, long TotalWon, int ItemCount)
    {
        public string Number => Order.NumberOf(Id, CreatedAtUtc);
    }

    public sealed record DetailQuery(string MemberId, int OrderId) : IRequest<Detail?>;

    public sealed record Detail(Order Order, string EnterpriseName, string EnterpriseNameEn);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<ListQuery, IReadOnlyList<Summary>>, IRequestHandler<DetailQuery, Detail?>
    {
        public async Task<IReadOnlyList<Summary>> Handle(ListQuery query, CancellationToken ct) =>
            await db.Orders.AsNoTracking()
                .Where(o => o.MemberId == query.MemberId)
                .OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id)
                .Take(200)
                .Join(db.Enterprises, o => o.EnterpriseId, e => e.Id, (o, e) => new Summary(
                    o.Id, o.CreatedAtUtc, e.Name, e.NameEn, o.Status, o.TotalWon, o.Lines.Sum(l => l.Quantity)))
                .ToListAsync(ct);

        public async Task<Detail?> Handle(DetailQuery query, CancellationToken ct)
        {
            var order = await db.Orders.AsNoTracking().Include(o => o.Lines)
                .FirstOrDefaultAsync(o => o.Id == query.OrderId && o.MemberId == query.MemberId, ct);
            if (order is null) return null;
            var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == order.EnterpriseId)
                .Select(e => new { e.Name, e.NameEn }).FirstAsync(ct);
            return new Detail(order, enterprise.Name, enterprise.NameEn);
        }
    }
}
