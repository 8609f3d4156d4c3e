using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
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

    public sealed class RejectApprovalHandler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<RejectApproval, bool>
    {
        public async Task<bool> Handle(RejectApproval command, CancellationToken ct)
        {
            if (await OwnOrderAsync(db, command.InstitutionId, command.OrderId, ct) is not { } order) return false;
            order.RejectApproval(command.ApproverId, command.Reason, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
