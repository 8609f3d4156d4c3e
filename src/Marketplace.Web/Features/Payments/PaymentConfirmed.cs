using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Payments;

/// <summary>Published once a payment's confirmation is committed.</summary>
public sealed record PaymentConfirmed(Guid PaymentId) : INotification;

/// <summary>Mails the shopper the orders just paid, in Korean with English below. A mail that cannot
/// be sent is logged and never undoes the payment.</summary>
public sealed class SendOrderConfirmation(MarketplaceDbContext db, IEmailSender email, TextCatalog texts, ILogger<SendOrderConfirmation> logger)
    : INotificationHandler<PaymentConfirmed>
{
    public async Task Handle(PaymentConfirmed notification, CancellationToken ct)
    {
        try
        {
            var payment = await db.Payments.AsNoTracking().FirstAsync(p => p.Id == notification.PaymentId, ct);
            var to = await db.Users.Where(u => u.Id == payment.MemberId).Select(u => u.Email).FirstAsync(ct);
            var orders = await db.Orders.AsNoTracking().Include(o => o.Lines)
                .Where(o => o.PaymentId == payment.Id).OrderBy(o => o.Id).ToListAsync(ct);
            var ko = texts.For("ko");
            var en = texts.For("en");
            var body = new System.Text.StringBuilder();
            body.AppendLine(string.Format(ko["Mail.OrderPaid.Intro"], Cultures.Won(payment.Amount, "ko")));
            foreach (var order in orders)
            {
                body.AppendLine($"- {order.Number}: {Cultures.Won(order.Total, "ko")}");
                foreach (var line in order.Lines) body.AppendLine($"    {line.ProductName} × {line.Quantity}");
            }
            body.AppendLine().AppendLine(string.Format(en["Mail.OrderPaid.Intro"], Cultures.Won(payment.Amount, "en")));
            await email.SendAsync(new EmailMessage(to!, $"{ko["Mail.OrderPaid.Subject"]} / {en["Mail.OrderPaid.Subject"]}", body.ToString()), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Order confirmation for payment {PaymentId} was not sent", notification.PaymentId);
        }
    }
}
