using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Reporting;
using Marketplace.Web.Features.Shop.Checkout;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Payments;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Payments;

/// <summary>The one path by which a gateway's word changes payments and orders: Stripe's webhooks,
/// the simulated gateway's page and the expiry sweep all come here. Each event id is applied once
/// (it is a primary key, written first in the transaction); events may come late or out of order,
/// so every outcome checks the state it finds rather than assuming the one before.</summary>
public static class ApplyPaymentOutcome
{
    public enum Outcome { Paid, Failed, Expired, Cancelled, RefundedTotal }

    public enum Applied { Applied, AlreadyApplied, UnknownPayment, NoChange }

    /// <param name="PaymentId">Our payment id; null when only the gateway's payment intent is known (refunds).</param>
    /// <param name="RefundedTotal">For <see cref="Outcome.RefundedTotal"/>: everything refunded so far on the payment.</param>
    public sealed record Command(
        string EventId, string EventType, Guid? PaymentId, Outcome Outcome,
        string? PaymentIntentId = null, long RefundedTotal = 0) : IRequest<Applied>, IChangesCatalog;

    public sealed class Handler(MarketplaceDbContext db, PaymentGateways gateways, TimeProvider clock, IMediator mediator, ILogger<Handler> logger)
        : IRequestHandler<Command, Applied>
    {
        public async Task<Applied> Handle(Command command, CancellationToken ct)
        {
            var strategy = db.Database.CreateExecutionStrategy();
            Applied applied;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    applied = await strategy.ExecuteAsync(async () =>
                    {
                        await using var transaction = await db.Database.BeginTransactionAsync(ct);
                        var now = clock.GetUtcNow().UtcDateTime;
                        if (await db.ProcessedPaymentEvents.AnyAsync(e => e.EventId == command.EventId, ct)) return Applied.AlreadyApplied;
                        // Written first: a concurrent delivery of the same event waits here, then fails on the key.
                        db.ProcessedPaymentEvents.Add(new ProcessedPaymentEvent(command.EventId, command.EventType, now));
                        await db.SaveChangesAsync(ct);

                        // Lock the payment's row before reading it: another outcome for the same payment (the
                        // shopper's return racing Stripe's event) waits here and then reads what this one committed.
                        await (command.PaymentId is { } locked
                            ? db.Database.ExecuteSqlInterpolatedAsync(ProviderSql.LockPayment(locked), ct)
                            : db.Database.ExecuteSqlInterpolatedAsync(ProviderSql.LockPaymentByIntent(command.PaymentIntentId), ct));
                        var payment = command.PaymentId is { } id
                            ? await db.Payments.FirstOrDefaultAsync(p => p.Id == id, ct)
                            : await db.Payments.FirstOrDefaultAsync(p => p.PaymentIntentId == command.PaymentIntentId, ct);
                        var result = Applied.UnknownPayment;
                        if (payment is not null)
                        {
                            var orders = await db.Orders.Include(o => o.Lines).Where(o => o.PaymentId == payment.Id).ToListAsync(ct);
                            result = await ApplyAsync(command, payment, orders, now, ct);
                            await db.SaveChangesAsync(ct);
                        }
                        await transaction.CommitAsync(ct);
                        return result;
                    });
                    break;
                }
                catch (DbUpdateConcurrencyException) when (attempt < 3)
                {
                    // Another outcome for the same payment (the shopper's return racing Stripe's event)
                    // committed first: read the payment again and apply this event on top of it.
                    db.ChangeTracker.Clear();
                }
                catch (DbUpdateException)
                {
                    if (!await IsRecordedAsync(command.EventId)) throw;
                    return Applied.AlreadyApplied;
                }
            }

            if (applied == Applied.Applied && command.Outcome == Outcome.Paid && command.PaymentId is { } paid)
                await mediator.Publish(new PaymentConfirmed(paid), CancellationToken.None);
            return applied;
        }

        private async Task<bool> IsRecordedAsync(string eventId)
        {
            db.ChangeTracker.Clear();
            return await db.ProcessedPaymentEvents.AnyAsync(e => e.EventId == eventId);
        }

        private async Task<Applied> ApplyAsync(Command command, Payment payment, List<Order> orders, DateTime now, CancellationToken ct)
        {
            var allLines = orders.SelectMany(o => o.Lines).ToList();
            switch (command.Outcome)
            {
                case Outcome.Paid when payment.Status is PaymentStatus.Paid or PaymentStatus.Refunded:
                    return Applied.NoChange;

                case Outcome.Paid when payment.IsPending:
                    payment.MarkPaid(command.PaymentIntentId, now);
                    orders.ForEach(o => o.MarkPaid(now));
                    foreach (var order in orders) await SalesLedger.RecordSaleAsync(db, order, ct);
                    await StockLedger.CountSalesAsync(db, allLines, ct);
                    await ClearBoughtFromCartAsync(payment.MemberId, allLines, now, ct);
                    return Applied.Applied;

                case Outcome.Paid:
                    // Paid after we had given up on it (expired or cancelled here first): take the stock
                    // again if it is still there, else give all the money back.
                    payment.MarkPaid(command.PaymentIntentId, now);
                    orders.ForEach(o => o.MarkPaid(now));
                    foreach (var order in orders) await SalesLedger.RecordSaleAsync(db, order, ct);
                    if (await StockLedger.TryReserveAsync(db, allLines.Select(l => (l.ProductId, l.Quantity)), ct))
                    {
                        await StockLedger.CountSalesAsync(db, allLines, ct);
                        await ClearBoughtFromCartAsync(payment.MemberId, allLines, now, ct);
                        return Applied.Applied;
                    }
                    orders.ForEach(o => o.MarkRefunded(now));
                    foreach (var order in orders) await SalesLedger.RecordRefundAsync(db, order, ct);
                    await gateways.For(payment.Gateway).RefundAsync(
                        new RefundRequest(payment.Id, payment.PaymentIntentId ?? payment.SessionId ?? "", null, $"refund-late-{payment.Id}"), ct);
                    payment.RecordRefundedTotal(payment.Amount);
                    logger.LogWarning("Payment {PaymentId} completed after release and stock ran out: refunded in full", payment.Id);
                    return Applied.Applied;

                case Outcome.Failed or Outcome.Expired or Outcome.Cancelled when payment.IsPending:
                    payment.Close(command.Outcome switch
                    {
                        Outcome.Failed => PaymentStatus.Failed,
                        Outcome.Expired => PaymentStatus.Expired,
                        _ => PaymentStatus.Cancelled,
                    }, now);
                    orders.ForEach(o => o.CancelUnpaid(now));
                    await StockLedger.ReleaseAsync(db, allLines, ct);
                    return Applied.Applied;

                case Outcome.RefundedTotal when payment.Status is PaymentStatus.Paid or PaymentStatus.Refunded:
                    payment.RecordRefundedTotal(new Won(command.RefundedTotal));
                    if (payment.Status != PaymentStatus.Refunded) return Applied.Applied;
                    // Refunded in full (perhaps from Stripe's dashboard): every order still open is refunded.
                    foreach (var order in orders.Where(o => o.Status is not (OrderStatus.Refunded or OrderStatus.Cancelled)))
                    {
                        if (order.Status is OrderStatus.Paid or OrderStatus.Preparing) await StockLedger.GiveBackAsync(db, order.Lines, ct);
                        order.MarkRefunded(now);
                        await SalesLedger.RecordRefundAsync(db, order, ct);
                    }
                    return Applied.Applied;

                default:
                    return Applied.NoChange;
            }
        }

        private async Task ClearBoughtFromCartAsync(string memberId, IEnumerable<OrderLine> lines, DateTime now, CancellationToken ct)
        {
            var cart = await db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.MemberId == memberId, ct);
            cart?.RemoveProducts(lines.Select(l => l.ProductId), now);
        }
    }
}
