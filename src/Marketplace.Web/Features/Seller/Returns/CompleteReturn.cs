using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Reporting;
using Marketplace.Web.Features.Shared;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Payments;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Returns;

/// <summary>The goods are back. A return is refunded in part through the gateway that took the payment, by the order's
/// rules (<see cref="Order.CompleteReturn"/>); an exchange ships the item again with its tracking number. The sales figures,
/// the payment's refunded total and the order change in one transaction with the gateway's refund last, so a refused refund
/// rolls them back; the refund's idempotency key is the return's, so a retry refunds once. Returned stock is not put back on
/// sale by itself: the enterprise inspects it and sets the stock.</summary>
public static class CompleteReturn
{
    /// <param name="Carrier">For an exchange: the carrier of the new parcel.</param>
    public sealed record Command(int EnterpriseId, int ReturnId, string? Carrier = null, string? TrackingNumber = null) : IRequest<bool>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            When(c => c.Carrier is not null || c.TrackingNumber is not null, () =>
            {
                RuleFor(c => c.Carrier).Must(c => Carriers.Canonical(c) is not null).WithMessage(_ => texts["Error.CarrierUnknown"]);
                RuleFor(c => c.TrackingNumber).NotEmpty().Matches("^[0-9A-Za-z-]{4,40}$").WithMessage(_ => texts["Seller.TrackingInvalid"]);
            });
        }
    }

    public sealed class Handler(MarketplaceDbContext db, PaymentGateways gateways, MemberMail mail, TimeProvider clock, IStringLocalizer<Texts> texts)
        : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var request = await db.ReturnRequests.FirstOrDefaultAsync(r => r.Id == command.ReturnId && r.EnterpriseId == command.EnterpriseId, ct);
                if (request is null) return false;
                if (request.Kind == ReturnKind.Exchange && Carriers.Canonical(command.Carrier) is null)
                    throw InputValidationException.For("carrier", texts["Returns.ReshipRequired"]);
                var order = await db.Orders.Include(o => o.Lines).FirstAsync(o => o.Id == request.OrderId, ct);
                var now = clock.GetUtcNow().UtcDateTime;
                var refund = order.CompleteReturn(request, Carriers.Canonical(command.Carrier), command.TrackingNumber, now);
                if (request.Kind == ReturnKind.Exchange)
                {
                    await mail.ToMemberAsync(request.MemberId, MailTopic.Required, "ExchangeShipped", $"/orders/{order.Id}#return-{request.Id}",
                        [order.Number, request.ReshipCarrier!, request.ReshipTrackingNumber!, Carriers.TrackingUrl(request.ReshipCarrier, request.ReshipTrackingNumber) ?? "-"], ct);
                    await db.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                    return true;
                }

                var payment = await db.Payments.FirstAsync(p => p.Id == order.PaymentId, ct);
                await SalesLedger.RecordReturnAsync(db, order.EnterpriseId, now, request.GoodsWon, ct);
                payment.RecordRefundedTotal(new Won(payment.RefundedWon + refund));
                await mail.ToMemberAsync(request.MemberId, MailTopic.Required, "ReturnRefunded", $"/orders/{order.Id}#return-{request.Id}",
                    [order.Number, new Won(refund), new Won(request.ShopperShippingWon)], ct);
                await db.SaveChangesAsync(ct);
                if (refund > 0) await Shop.Orders.OrderRefund.ThroughGatewayAsync(gateways, payment, new Won(refund), $"refund-return-{request.Id}", ct);
                await transaction.CommitAsync(ct);
                return true;
            });
        }
    }
}
