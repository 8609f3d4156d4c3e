using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Checkout;

/// <summary>Where the gateway sends the shopper back: the payment's state and the orders it paid for,
/// read only (the gateway's own confirmation marks it paid, never this page). Only the shopper's own payment.</summary>
public static class Complete
{
    public sealed record Query(string MemberId, Guid PaymentId) : IRequest<Model?>;

    public sealed record Model(Guid PaymentId, PaymentStatus Status, Won Amount, IReadOnlyList<(int Id, string Number, Won Total)> Orders);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query query, CancellationToken ct)
        {
            var payment = await db.Payments.AsNoTracking().Where(p => p.Id == query.PaymentId && p.MemberId == query.MemberId)
                .Select(p => new { p.Id, p.Status, p.AmountWon }).FirstOrDefaultAsync(ct);
            if (payment is null) return null;
            var orders = await db.Orders.AsNoTracking().Where(o => o.PaymentId == payment.Id).OrderBy(o => o.Id)
                .Select(o => new { o.Id, o.CreatedAtUtc, o.TotalWon }).ToListAsync(ct);
            return new Model(payment.Id, payment.Status, new Won(payment.AmountWon),
                orders.Select(o => (o.Id, Order.NumberOf(o.Id, o.CreatedAtUtc), new Won(o.TotalWon))).ToList());
        }
    }
}
