using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Email;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Orders;

public static partial class PurchaseOrders
{
    public sealed record RejectApproval(int InstitutionId, string ApproverId, int OrderId, string Reason) : IRequest<bool>, ITransactional;

    public sealed class RejectApprovalValidator : AbstractValidator<RejectApproval>
    {
        public RejectApprovalValidator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => texts["Procurement.ReasonRequired"]).MaximumLength(500);
    }

    public sealed class RejectApprovalHandler(MarketplaceDbContext db, MemberMail mail, TimeProvider clock) : IRequestHandler<RejectApproval, bool>
    {
        public async Task<bool> Handle(RejectApproval command, CancellationToken ct)
        {
            if (await OwnOrderAsync(db, command.InstitutionId, command.OrderId, ct) is not { } order) return false;
            order.RejectApproval(command.ApproverId, command.Reason, clock.GetUtcNow().UtcDateTime);
            await mail.ToMemberAsync(order.BuyerId, MailTopic.Procurement, "PurchaseOrderSentBack", $"/procurement/orders/{order.Id}", [order.Number, command.Reason.Trim()], ct);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
