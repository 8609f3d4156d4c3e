using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Returns;

/// <summary>The enterprise refuses a return or exchange with its reason, which the shopper is mailed and the order page shows;
/// the purchase may then be confirmed again.</summary>
public static class RefuseReturn
{
    public sealed record Command(int EnterpriseId, int ReturnId, string? Reason) : IRequest<bool>, ITransactional;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(ReturnRequest.MaxTextLength).WithMessage(_ => texts["Returns.RefusalRequired"]);
    }

    public sealed class Handler(MarketplaceDbContext db, MemberMail mail, TimeProvider clock) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            var request = await db.ReturnRequests.FirstOrDefaultAsync(r => r.Id == command.ReturnId && r.EnterpriseId == command.EnterpriseId, ct);
            if (request is null) return false;
            var order = await db.Orders.FirstAsync(o => o.Id == request.OrderId, ct);
            order.RefuseReturn(request, command.Reason!, clock.GetUtcNow().UtcDateTime);
            await mail.ToMemberAsync(request.MemberId, MailTopic.Required, "ReturnRefused", $"/orders/{order.Id}#return-{request.Id}",
                [order.Number, request.RefusalReason!], ct);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
