using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Reporting;
using Marketplace.Web.Features.Shop.Checkout;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Payments;
using MediatR;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Payments;

/// <summary>The one path by which a gateway's word changes payments and orders: Stripe's webhooks,
/// the simulated gateway's page and the expiry sweep all come here. Each event id is applied once
/// (it is a primary key, written first in the transaction); events may come late or out of order,
/// so every outcome checks the state it finds rather than assuming the one before.</summary>
public static class ApplyPaymentOutcome
{
    public enum Outcome { Paid, Failed, Expired, Cancelled, RefundedTotal }

    public enum Applied { Applied, AlreadyApplied, UnknownPayment, NoChange, Mismatch }

    /// <summary>What a gateway's event says about the payment, to compare with what we made before believing it.</summary>
    public sealed record Evidence(string Gateway, string? SessionId, long? AmountTotal, string? Currency);

    /// <param name="PaymentId">Our payment id; null when only the gateway's payment intent is known (refunds).</param>
    /// <param name="RefundedTotal">For <see cref="Outcome.RefundedTotal"/>: everything refunded so far on the payment.</param>
    /// <param name="Evidence">For a gateway's payment event; none for our own words (the sweep, a cancel).</param>
    public sealed record Command(
        string EventId, string EventType, Guid? PaymentId, Outcome Outcome,
        string? PaymentIntentId = null, long RefundedTotal = 0, Evidence? Evidence = null) : IRequest<Applied>;

    /// <remarks>A payment changes stock and popularity, which shared catalog answers and pages may show a few
    /// seconds late (checkout checks the stock again): it does not drop them, so purchases under load leave
    /// the visitors' caches standing. A price or a listing published or withdrawn does (design.md, "What may be stale").</remarks>
    public sealed class Handler(IMediator mediator) : IRequestHandler<Command, Applied>
    {
        public Task<Applied> Handle(Command command, CancellationToken ct) => mediator.Send(new Apply(command), ct);
    }

    /// <summary>The outcome in one transaction. Retried when it loses a race: to the same event
    /// delivered twice at once (its id is a key), or to another outcome for the same payment.</summary>
    public sealed record Apply(Command Outcome) : IRequest<Applied>, ITransactional, IRetriedAfterConflict;

    /// <remarks>The shopper's receipt, the enterprises' new-order mail and the refund notices are queued in the same
    /// transaction: a retry after a lost race starts with a clear context, so nothing is mailed twice.</remarks>
    public sealed class ApplyHandler(MarketplaceDbContext db, PaymentGateways gateways, MemberMail mail, TextCatalog texts,
        Microsoft.Extensions.Options.IOptions<Infrastructure.Settings.SiteSettings> site, TimeProvider clock, ILogger<ApplyHandler> logger)
        : IRequestHandler<Apply, Applied>
    {
        public async Task<Applied> Handle(Apply apply, CancellationToken ct)
        {
            var command = apply.Outcome;
            var now = clock.GetUtcNow().UtcDateTime;
            if (await db.ProcessedPaymentEvents.AnyAsync(e => e.EventId == command.EventId, ct)) return Applied.AlreadyApplied;
            // Written first: a concurrent delivery of the same event waits here, then fails on the key and is retried.
            db.ProcessedPaymentEvents.Add(new ProcessedPaymentEvent(command.EventId, command.EventType, now));
            await db.SaveChangesAsync(ct);

            // Lock the payment's row before reading it: another outcome for the same payment (the
            // shopper's return racing Stripe's event) waits here and then reads what this one committed.
            await db.Database.ExecuteSqlInterpolatedAsync(ProviderSql.LockPayment(command.PaymentId, command.PaymentIntentId), ct);
            var payment = command.PaymentId is { } id
                ? await db.Payments.FirstOrDefaultAsync(p => p.Id == id, ct)
                : await db.Payments.FirstOrDefaultAsync(p => p.PaymentIntentId == command.PaymentIntentId, ct);
            if (payment is null) return Applied.UnknownPayment;
            if (MismatchOf(command, payment) is { } mismatch)
            {
                // Kept as it is for the operator; the event is recorded, so a replay changes nothing either.
                await db.SaveChangesAsync(ct);
                logger.LogError("Payment {PaymentId}: {EventType} {EventId} does not match it ({Mismatch}); left for the operator",
                    payment.Id, command.EventType, command.EventId, mismatch);
                return Applied.Mismatch;
            }

            var change = command.Outcome switch
            {
                Outcome.Paid => payment.MarkPaid(command.PaymentIntentId, now),
                Outcome.Failed => payment.Close(PaymentStatus.Failed, now),
                Outcome.Expired => payment.Close(PaymentStatus.Expired, now),
                Outcome.Cancelled => payment.Close(PaymentStatus.Cancelled, now),
                _ => payment.RecordRefundedTotal(new Won(command.RefundedTotal)),
            };
            if (payment.InvoiceId is { } invoiceId) await FollowInvoiceAsync(change, payment, invoiceId, now, ct);
            else await FollowAsync(change, payment, await db.Orders.Include(o => o.Lines).Where(o => o.PaymentId == payment.Id).ToListAsync(ct), now, ct);
            await db.SaveChangesAsync(ct);
            return change == PaymentChange.None ? Applied.NoChange : Applied.Applied;
        }

        private static string? MismatchOf(Command command, Payment payment) => command switch
        {
            { Evidence: { } e } when !payment.IsDescribedBy(e.Gateway, e.SessionId, e.AmountTotal, e.Currency) =>
                $"gateway {e.Gateway}, session {e.SessionId}, amount {e.AmountTotal} {e.Currency}; expected {payment.Gateway}, {payment.SessionId}, {payment.AmountWon} krw",
            { Outcome: Outcome.RefundedTotal } when !payment.CanHaveRefundedTotal(command.RefundedTotal) =>
                $"refunded {command.RefundedTotal} of {payment.AmountWon}",
            _ => null,
        };

        /// <summary>What the payment's change means for its orders, the stock and the sales figures.</summary>
        private async Task FollowAsync(PaymentChange change, Payment payment, List<Order> orders, DateTime now, CancellationToken ct)
        {
            var lines = orders.SelectMany(o => o.Lines).ToList();
            switch (change)
            {
                case PaymentChange.Paid:
                    await RecordSalesAsync(orders, now, ct);
                    await StockLedger.CountSalesAsync(db, lines, ct);
                    await ClearBoughtFromCartAsync(payment.MemberId, lines, now, ct);
                    await MailPaidAsync(payment, orders, ct);
                    break;

                case PaymentChange.PaidAfterRelease:
                    // Take the stock again if it is still there, else give all the money back.
                    await RecordSalesAsync(orders, now, ct);
                    if (await StockLedger.TryReserveAsync(db, lines.Select(l => (l.ProductId, l.OptionId, l.Quantity)), ct))
                    {
                        await StockLedger.CountSalesAsync(db, lines, ct);
                        await ClearBoughtFromCartAsync(payment.MemberId, lines, now, ct);
                        await MailPaidAsync(payment, orders, ct);
                        break;
                    }
                    foreach (var order in orders)
                    {
                        order.MarkRefunded(now);
                        await SalesLedger.RecordRefundAsync(db, order, ct);
                    }
                    await gateways.For(payment.Gateway).RefundAsync(
                        new RefundRequest(payment.Id, payment.PaymentIntentId ?? payment.SessionId ?? "", null, $"refund-late-{payment.Id}"), ct);
                    payment.RecordRefundedTotal(payment.Amount);
                    foreach (var order in orders) await MailRefundedAsync(order, ct);
                    logger.LogWarning("Payment {PaymentId} completed after release and stock ran out: refunded in full", payment.Id);
                    break;

                case PaymentChange.Closed:
                    orders.ForEach(o => o.CancelUnpaid(now));
                    await StockLedger.ReleaseAsync(db, lines, ct);
                    break;

                case PaymentChange.FullyRefunded:
                    // Refunded in full (perhaps from Stripe's dashboard): every order still open is refunded.
                    // An order whose every item came back by a return was refunded by it already.
                    foreach (var order in orders.Where(o => o.Status is not (OrderStatus.Refunded or OrderStatus.Cancelled)
                        && o.Lines.Any(l => l.ReturnedQuantity < l.Quantity)))
                    {
                        if (order.Status is OrderStatus.Paid or OrderStatus.Preparing) await StockLedger.GiveBackAsync(db, order.Lines, ct);
                        order.MarkRefunded(now);
                        await SalesLedger.RecordRefundAsync(db, order, ct);
                        await MailRefundedAsync(order, ct);
                    }
                    break;
            }
        }

        /// <summary>A card payment of a procurement invoice: once paid it is recorded on the invoice (the
        /// payment's id is unique there, so a replay cannot count twice). What came above the amount
        /// still owed, because a bank transfer was recorded while the card page was open, goes back at once.</summary>
        private async Task FollowInvoiceAsync(PaymentChange change, Payment payment, int invoiceId, DateTime now, CancellationToken ct)
        {
            if (change is not (PaymentChange.Paid or PaymentChange.PaidAfterRelease))
            {
                if (change is PaymentChange.PartlyRefunded or PaymentChange.FullyRefunded)
                    logger.LogWarning("Card payment {PaymentId} of invoice {InvoiceId} was refunded at the gateway; the invoice is left for the operator", payment.Id, invoiceId);
                return;
            }
            var invoice = await db.Invoices.Include(i => i.Payments).FirstAsync(i => i.Id == invoiceId, ct);
            var excess = invoice.RecordCardPayment(payment.Id, payment.AmountWon, payment.MemberId, Domain.Common.KoreaTime.DayOf(now), now);
            if (excess > 0)
            {
                await gateways.For(payment.Gateway).RefundAsync(
                    new RefundRequest(payment.Id, payment.PaymentIntentId ?? payment.SessionId ?? "", new Won(excess), $"refund-excess-{payment.Id}"), ct);
                payment.RecordRefundedTotal(new Won(excess));
                logger.LogWarning("Card payment {PaymentId} paid {Excess} won above invoice {InvoiceId}'s outstanding amount: refunded", payment.Id, excess, invoiceId);
            }
            var counted = payment.AmountWon - excess;
            await mail.ToMemberAsync(payment.MemberId, MailTopic.Required, "InvoiceCardPaid", $"/procurement/orders/{invoice.PurchaseOrderId}",
                [invoice.Number, new Won(counted), new Won(invoice.OutstandingWon)], ct);
            if (invoice.IsPaid)
                await mail.ToEnterpriseAsync(invoice.EnterpriseId, MailTopic.Procurement, "InvoicePaid", $"/seller/procurement/orders/{invoice.PurchaseOrderId}",
                    [invoice.Number, new Won(invoice.TotalWon)], ct);
        }

        /// <summary>The shopper's receipt, and each enterprise's order to prepare.</summary>
        private async Task MailPaidAsync(Payment payment, List<Order> orders, CancellationToken ct)
        {
            string Summary(string culture) => string.Join("\n", orders.Select(o =>
                $"- {o.Number}: {Cultures.Won(o.Charged, culture)}\n" + string.Join("\n", o.Lines.Select(l => $"    {l.DisplayName} × {l.Quantity}"))
                + (o.ShippingWon + o.RemoteShippingWon > 0 ? $"\n    {texts.For(culture)["Cart.Shipping"]} {Cultures.Won(new Won(o.ShippingWon + o.RemoteShippingWon), culture)}" : "")))
                + ImpactOf(culture);
            // What the purchase did, in the receipt itself: only the lines whose seller has figures for the year.
            string ImpactOf(string culture)
            {
                var shares = orders.SelectMany(o => o.Lines).Select(l => l.SocialValue).OfType<Domain.Enterprises.SocialValueShare>().ToList();
                if (shares.Count == 0) return "";
                var t = texts.For(culture);
                return "\n\n" + string.Format(t["Mail.OrderImpact"], Cultures.Won(new Won(shares.Sum(s => s.TotalWon)), culture),
                    shares.Sum(s => s.VulnerableJobs).ToString("0.####"), shares.Sum(s => s.CarbonKg).ToString("0.##"), site.Value.LinkTo("/impact/method"));
            }
            var first = orders.OrderBy(o => o.Id).First();
            await mail.ToMemberAsync(payment.MemberId, MailTopic.Required, "OrderPaid", orders.Count == 1 ? $"/orders/{first.Id}" : "/orders",
                [payment.Amount, (Func<string, string>)Summary], ct);
            foreach (var order in orders)
                await mail.ToEnterpriseAsync(order.EnterpriseId, MailTopic.Required, "NewOrder", $"/seller/orders/{order.Id}",
                    [order.Number, order.Total, string.Join(", ", order.Lines.Select(l => $"{l.DisplayName} × {l.Quantity}"))], ct);
        }

        private Task MailRefundedAsync(Order order, CancellationToken ct) =>
            mail.ToMemberAsync(order.MemberId, MailTopic.Required, "OrderRefunded", $"/orders/{order.Id}", [order.Number, order.Charged], ct);

        private async Task RecordSalesAsync(List<Order> orders, DateTime now, CancellationToken ct)
        {
            foreach (var order in orders)
            {
                order.MarkPaid(now);
                await SalesLedger.RecordSaleAsync(db, order, ct);
                await SocialValueShares.AttributeAsync(db, order, ct);
            }
        }

        private async Task ClearBoughtFromCartAsync(string memberId, IEnumerable<OrderLine> lines, DateTime now, CancellationToken ct)
        {
            var cart = await db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.MemberId == memberId, ct);
            cart?.RemoveProducts(lines.Select(l => l.ProductId), now);
        }
    }
}
