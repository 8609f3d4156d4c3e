using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Orders;

public static partial class MyOrders
{
    public sealed record DetailQuery(string MemberId, int OrderId) : IRequest<Detail?>;

    public sealed record Detail(Order Order, string EnterpriseName, string EnterpriseNameEn);

    public sealed class DetailHandler(MarketplaceDbContext db) : IRequestHandler<DetailQuery, Detail?>
    {
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
