using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Payments;
using Marketplace.Web.Infrastructure.Settings;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Procurement.Invoices;

/// <summary>후청구: an institution pays what is still owed on an invoice by card, after delivery, on the
/// gateway's hosted page. Apart from consumer checkout (no cart, no stock), but the same payment, the
/// same signed webhook and the same once-only outcome (<see cref="Payments.ApplyPaymentOutcome"/>),
/// which records the money on the invoice.</summary>
public static class PayByCard
{
    /// <param name="OutstandingShown">What the page said was owed: a transfer recorded since then means the buyer looks again.</param>
    public sealed record Command(int InstitutionId, string MemberId, string Email, int InvoiceId, long OutstandingShown) : IRequest<string?>;

    public sealed class Handler(MarketplaceDbContext db, PaymentGateways gateways, TimeProvider clock,
        IOptions<PaymentSettings> settings, IOptions<SiteSettings> site) : IRequestHandler<Command, string?>
    {
        /// <returns>The gateway's page to send the buyer to; null when the invoice is not the institution's.</returns>
        public async Task<string?> Handle(Command command, CancellationToken ct)
        {
            var invoice = await db.Invoices.AsNoTracking().Include(i => i.Payments)
                .FirstOrDefaultAsync(i => i.Id == command.InvoiceId && i.InstitutionId == command.InstitutionId, ct);
            if (invoice is null) return null;
            if (invoice.IsPaid) throw new DomainException(ErrorCodes.NothingOwed);
            if (invoice.OutstandingWon != command.OutstandingShown) throw new DomainException(ErrorCodes.ChangedMeanwhile);

            var now = clock.GetUtcNow();
            // A second click while the first page is still open goes to that page: one invoice, one open card payment.
            var open = await db.Payments.AsNoTracking()
                .Where(p => p.InvoiceId == invoice.Id && p.Status == PaymentStatus.Pending && p.AmountWon == invoice.OutstandingWon
                    && p.ExpiresAtUtc > now.UtcDateTime && p.SessionUrl != null)
                .Select(p => p.SessionUrl).FirstOrDefaultAsync(ct);
            if (open is not null) return open;

            var gateway = gateways.Current;
            var expiresAt = now.AddMinutes(gateway.Name == SimulatedGateway.GatewayName ? settings.Value.SimulatedSessionMinutes : settings.Value.SessionMinutes);
            // Saved before the gateway is called: after a crash the pending payment is closed by the expiry sweep.
            var payment = new Payment(Guid.NewGuid(), command.MemberId, gateway.Name, new Won(invoice.OutstandingWon), now.UtcDateTime, expiresAt.UtcDateTime, invoice.Id);
            db.Payments.Add(payment);
            await db.SaveChangesAsync(ct);

            GatewaySession session;
            try
            {
                session = await gateway.StartCheckoutAsync(new CheckoutSessionRequest(
                    payment.Id,
                    [new CheckoutItem($"{invoice.Number} {invoice.SupplierName}", new Won(invoice.OutstandingWon), 1)],
                    command.Email,
                    site.Value.LinkTo($"/procurement/invoices/card/{payment.Id}"),
                    site.Value.LinkTo($"/procurement/invoices/card/{payment.Id}"),
                    expiresAt), ct);
            }
            catch (PaymentGatewayException)
            {
                payment.Close(PaymentStatus.Cancelled, now.UtcDateTime);
                await db.SaveChangesAsync(CancellationToken.None);
                throw new DomainException(ErrorCodes.PaymentUnavailable);
            }
            payment.AttachSession(session.SessionId, session.RedirectUrl);
            await db.SaveChangesAsync(ct);
            return session.RedirectUrl;
        }
    }

    /// <summary>The buyer back from the gateway's page: to the purchase order, which shows the
    /// invoice as the webhook left it (the return itself proves nothing).</summary>
    public sealed record Returned(int InstitutionId, Guid PaymentId) : IRequest<int?>;

    public sealed class ReturnedHandler(MarketplaceDbContext db) : IRequestHandler<Returned, int?>
    {
        public Task<int?> Handle(Returned query, CancellationToken ct) =>
            db.Payments.AsNoTracking().Where(p => p.Id == query.PaymentId)
                .Join(db.Invoices.Where(i => i.InstitutionId == query.InstitutionId), p => p.InvoiceId, i => (int?)i.Id, (p, i) => (int?)i.PurchaseOrderId)
                .FirstOrDefaultAsync(ct);
    }
}
