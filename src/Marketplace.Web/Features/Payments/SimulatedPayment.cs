using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Payments;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Payments;

/// <summary>The simulated gateway's "hosted page": the shopper approves or declines their own pending
/// payment, and the choice goes through the same confirmation path as a Stripe webhook.</summary>
public static partial class SimulatedPayment
{
    public sealed record Query(string MemberId, Guid PaymentId) : IRequest<Model?>;

    public sealed record Model(Guid Id, Won Amount, bool IsPending);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model?>
    {
        public Task<Model?> Handle(Query query, CancellationToken ct) =>
            db.Payments.AsNoTracking()
                .Where(p => p.Id == query.PaymentId && p.MemberId == query.MemberId && p.Gateway == SimulatedGateway.GatewayName)
                .Select(p => new Model(p.Id, new Won(p.AmountWon), p.Status == Domain.Ordering.PaymentStatus.Pending))
                .FirstOrDefaultAsync(ct);
    }
}
