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

    /// <param name="ReturnPath">Where the payer goes afterwards: the checkout's result page, or the
    /// card-payment return of a procurement invoice.</param>
    public sealed record Model(Guid Id, Won Amount, bool IsPending, string ReturnPath);

    public static string ReturnPathOf(Guid paymentId, int? invoiceId) =>
        invoiceId is null ? $"/checkout/complete/{paymentId}" : $"/procurement/invoices/card/{paymentId}";

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query query, CancellationToken ct)
        {
            var payment = await db.Payments.AsNoTracking()
                .Where(p => p.Id == query.PaymentId && p.MemberId == query.MemberId && p.Gateway == SimulatedGateway.GatewayName)
                .Select(p => new { p.Id, p.AmountWon, p.Status, p.InvoiceId })
                .FirstOrDefaultAsync(ct);
            return payment is null ? null
                : new Model(payment.Id, new Won(payment.AmountWon), payment.Status == Domain.Ordering.PaymentStatus.Pending, ReturnPathOf(payment.Id, payment.InvoiceId));
        }
    }
}
