using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Email;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Procurement;

public static partial class SellerProcurement
{
    /// <summary>A carrier and tracking number for a parcel; none for goods handed over in person or a service completed.</summary>
    public sealed record Ship(int EnterpriseId, int OrderId, IReadOnlyDictionary<int, int> Quantities, string Carrier, string TrackingNumber,
        DeliveryMethod Method = DeliveryMethod.Courier) : IRequest<bool>, ITransactional;

    public sealed class ShipValidator : AbstractValidator<Ship>
    {
        public ShipValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(a => a.Method).IsInEnum().WithMessage(_ => texts["Procurement.DeliveryMethodInvalid"]);
            When(a => a.Method == DeliveryMethod.Courier, () =>
            {
                RuleFor(a => a.Carrier).NotEmpty().WithMessage(_ => texts["Seller.CarrierRequired"]).MaximumLength(60);
                RuleFor(a => a.TrackingNumber).NotEmpty().WithMessage(_ => texts["Seller.TrackingRequired"])
                    .Matches("^[0-9A-Za-z-]{4,40}$").WithMessage(_ => texts["Seller.TrackingInvalid"]);
            });
            RuleFor(a => a.Quantities).Must(q => q is not null && q.Values.Any(v => v > 0)).WithMessage(_ => texts["Procurement.ShipSomething"]);
        }
    }

    public sealed class ShipHandler(MarketplaceDbContext db, MemberMail mail, TimeProvider clock) : IRequestHandler<Ship, bool>
    {
        public async Task<bool> Handle(Ship command, CancellationToken ct)
        {
            if (await OrderAsync(db, command.EnterpriseId, command.OrderId, ct) is not { } order) return false;
            var shipment = order.Ship(command.Quantities, command.Carrier, command.TrackingNumber, clock.GetUtcNow().UtcDateTime, command.Method);
            await db.SaveChangesAsync(ct); // the 거래명세서's number is the shipment's
            await Web.Features.Procurement.Documents.IssueDocument.TransactionStatementAsync(db, order, shipment, ct);
            if (command.Method == DeliveryMethod.Courier)
                await mail.ToMemberAsync(order.BuyerId, MailTopic.Procurement, "PurchaseOrderShipped", $"/procurement/orders/{order.Id}",
                    [order.Number, command.Carrier, command.TrackingNumber, Shared.Carriers.TrackingUrl(command.Carrier, command.TrackingNumber) ?? "-"], ct);
            else
                await mail.ToMemberAsync(order.BuyerId, MailTopic.Procurement, $"PurchaseOrder{command.Method}", $"/procurement/orders/{order.Id}",
                    [order.Number], ct);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
