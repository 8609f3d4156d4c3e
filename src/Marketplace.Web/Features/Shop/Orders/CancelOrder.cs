using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Reporting;
using Marketplace.Web.Features.Shop.Checkout;
using Marketplace.Web.Infrastructure.Payments;
using FluentValidation;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Marketplace.Web.Infrastructure.Email;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Orders;

/// <summary>The shopper cancels an order before it ships: its amount is refunded through the gateway
/// that took the payment and its stock goes back (<see cref="OrderRefund"/>); if the refund fails, nothing here changes.</summary>
public static class CancelOrder
{
    /// <param name="Reason">One of <see cref="Order.CancellationReasons"/>.</param>
    /// <param name="Confirmed">The shopper ticked that the cancellation refunds the order and cannot be undone.</param>
    public sealed record Command(string MemberId, int OrderId, string? Reason, bool Confirmed) : IRequest<bool>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Reason).Must(r => r is not null && Order.CancellationReasons.Contains(r)).WithMessage(_ => texts["Error.CancellationReasonRequired"]);
            RuleFor(c => c.Confirmed).Equal(true).WithMessage(_ => texts["Orders.CancelConfirmRequired"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, PaymentGateways gateways, MemberMail mail, TextCatalog catalog, TimeProvider clock) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var order = await db.Orders.Include(o => o.Lines)
                    .FirstOrDefaultAsync(o => o.Id == command.OrderId && o.MemberId == command.MemberId, ct);
                if (order is null) return false;
                var payment = await db.Payments.FirstAsync(p => p.Id == order.PaymentId, ct);

                var now = clock.GetUtcNow().UtcDateTime;
                order.CancelByShopper(command.Reason!, now);
                await mail.ToMemberAsync(order.MemberId, MailTopic.Required, "OrderCancelled", $"/orders/{order.Id}", [order.Number, order.Charged], ct);
                await mail.ToEnterpriseAsync(order.EnterpriseId, MailTopic.Required, "OrderCancelledForSeller", $"/seller/orders/{order.Id}",
                    [order.Number, (Func<string, string>)(culture => catalog.For(culture)[$"CancelReason.{command.Reason}"])], ct);
                await OrderRefund.RefundWholeAsync(db, gateways, order, payment, ct);
                await transaction.CommitAsync(ct);
                return true;
            });
        }
    }
}
