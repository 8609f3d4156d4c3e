using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Shared;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Returns;

/// <summary>The enterprise accepts a return or exchange and books the pick-up: the shopper is mailed the carrier and the
/// pick-up's tracking number, which the order page links.</summary>
public static class AcceptReturn
{
    public sealed record Command(int EnterpriseId, int ReturnId, string? Carrier, string? TrackingNumber) : IRequest<bool>, ITransactional;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Carrier).Must(c => Carriers.Canonical(c) is not null).WithMessage(_ => texts["Error.CarrierUnknown"]);
            RuleFor(c => c.TrackingNumber).NotEmpty().WithMessage(_ => texts["Seller.TrackingRequired"])
                .Matches("^[0-9A-Za-z-]{4,40}$").WithMessage(_ => texts["Seller.TrackingInvalid"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, MemberMail mail, TimeProvider clock) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            var request = await db.ReturnRequests.FirstOrDefaultAsync(r => r.Id == command.ReturnId && r.EnterpriseId == command.EnterpriseId, ct);
            if (request is null) return false;
            var order = await db.Orders.FirstAsync(o => o.Id == request.OrderId, ct);
            order.AcceptReturn(request, Carriers.Canonical(command.Carrier)!, command.TrackingNumber!, clock.GetUtcNow().UtcDateTime);
            await mail.ToMemberAsync(request.MemberId, MailTopic.Required, "ReturnAccepted", $"/orders/{order.Id}#return-{request.Id}",
                [order.Number, request.PickupCarrier!, request.PickupTrackingNumber!], ct);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
