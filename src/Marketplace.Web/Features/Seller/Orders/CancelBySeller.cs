using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Shop.Orders;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Payments;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Orders;

public static partial class SellerOrders
{
    /// <summary>The enterprise cannot supply a paid order not yet shipped: refunded at once through the gateway, the stock
    /// back, and the shopper mailed the enterprise's reason, which the order page shows too.</summary>
    public sealed record CancelBySeller(int EnterpriseId, int OrderId, string? Note) : IRequest<bool>;

    public sealed class CancelBySellerValidator : AbstractValidator<CancelBySeller>
    {
        public CancelBySellerValidator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Note).NotEmpty().MaximumLength(Order.MaxEnterpriseNoteLength).WithMessage(_ => texts["Seller.CancelNoteRequired", Order.MaxEnterpriseNoteLength]);
    }

    public sealed class CancelBySellerHandler(MarketplaceDbContext db, PaymentGateways gateways, MemberMail mail, TimeProvider clock) : IRequestHandler<CancelBySeller, bool>
    {
        public async Task<bool> Handle(CancelBySeller command, CancellationToken ct)
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var order = await db.Orders.Include(o => o.Lines)
                    .FirstOrDefaultAsync(o => o.Id == command.OrderId && o.EnterpriseId == command.EnterpriseId && o.Status != OrderStatus.PendingPayment, ct);
                if (order is null) return false;
                var payment = await db.Payments.FirstAsync(p => p.Id == order.PaymentId, ct);
                order.CancelByEnterprise(command.Note!, clock.GetUtcNow().UtcDateTime);
                await mail.ToMemberAsync(order.MemberId, MailTopic.Required, "OrderCancelledBySeller", $"/orders/{order.Id}",
                    [order.Number, order.Charged, order.EnterpriseCancellationNote!], ct);
                await OrderRefund.RefundWholeAsync(db, gateways, order, payment, ct);
                await transaction.CommitAsync(ct);
                return true;
            });
        }
    }
}
