using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Orders;

public static partial class SellerOrders
{
    public enum Step { Accept, Ship, Deliver }

    public sealed record Advance(int EnterpriseId, int OrderId, Step Step, string? Carrier = null, string? TrackingNumber = null)
        : IRequest<bool>, ITransactional;

    public sealed class AdvanceValidator : AbstractValidator<Advance>
    {
        public AdvanceValidator(IStringLocalizer<Texts> texts)
        {
            When(a => a.Step == Step.Ship, () =>
            {
                RuleFor(a => a.Carrier).NotEmpty().WithMessage(_ => texts["Seller.CarrierRequired"])
                    .Must(c => Shared.Carriers.Canonical(c) is not null).WithMessage(_ => texts["Error.CarrierUnknown"]);
                RuleFor(a => a.TrackingNumber).NotEmpty().WithMessage(_ => texts["Seller.TrackingRequired"])
                    .Matches("^[0-9A-Za-z-]{4,40}$").WithMessage(_ => texts["Seller.TrackingInvalid"]);
            });
        }
    }

    /// <remarks>The shopper is mailed when the parcel leaves (with the carrier's tracking page) and when it arrives.</remarks>
    public sealed class AdvanceHandler(MarketplaceDbContext db, MemberMail mail, TimeProvider clock) : IRequestHandler<Advance, bool>
    {
        public async Task<bool> Handle(Advance command, CancellationToken ct)
        {
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == command.OrderId && o.EnterpriseId == command.EnterpriseId, ct);
            if (order is null || order.Status == OrderStatus.PendingPayment) return false;
            var now = clock.GetUtcNow().UtcDateTime;
            switch (command.Step)
            {
                case Step.Accept: order.StartPreparing(); break;
                case Step.Ship:
                    order.Ship(Shared.Carriers.Canonical(command.Carrier)!, command.TrackingNumber!, now);
                    await mail.ToMemberAsync(order.MemberId, MailTopic.OrderProgress, "OrderShipped", $"/orders/{order.Id}",
                        [order.Number, order.Carrier!, order.TrackingNumber!, Shared.Carriers.TrackingUrl(order.Carrier, order.TrackingNumber) ?? "-"], ct);
                    break;
                case Step.Deliver:
                    order.MarkDelivered(now);
                    await mail.ToMemberAsync(order.MemberId, MailTopic.OrderProgress, "OrderDelivered", $"/orders/{order.Id}", [order.Number], ct);
                    break;
            }
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
