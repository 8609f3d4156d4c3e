using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Returns;

/// <summary><c>/seller/returns</c>: the enterprise's returns and exchanges, those waiting for it first, then the latest.</summary>
public static class SellerReturns
{
    public sealed record Query(int EnterpriseId) : IRequest<IReadOnlyList<Row>>;

    public sealed record Row(int Id, int OrderId, string OrderNumber, ReturnKind Kind, ReturnReason Reason, ReturnStatus Status, DateTime RequestedAtUtc, long RefundWon);

    public const int Shown = 100;

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query query, CancellationToken ct)
        {
            var rows = await (
                from r in db.ReturnRequests.AsNoTracking()
                join o in db.Orders on r.OrderId equals o.Id
                where r.EnterpriseId == query.EnterpriseId
                orderby (r.Status == ReturnStatus.Requested || r.Status == ReturnStatus.Accepted) descending, r.RequestedAtUtc descending
                select new { r.Id, r.OrderId, o.CreatedAtUtc, r.Kind, r.Reason, r.Status, r.RequestedAtUtc, r.RefundWon })
                .Take(Shown).ToListAsync(ct);
            return rows.Select(r => new Row(r.Id, r.OrderId, Order.NumberOf(r.OrderId, r.CreatedAtUtc), r.Kind, r.Reason, r.Status, r.RequestedAtUtc, r.RefundWon)).ToList();
        }
    }
}
