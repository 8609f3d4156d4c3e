using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Procurement;

public static partial class SellerProcurement
{
    public sealed record Respond(int EnterpriseId, int OrderId, Decision Decision, string? Reason) : IRequest<bool>, ITransactional;

    public sealed class RespondValidator : AbstractValidator<Respond>
    {
        public RespondValidator(IStringLocalizer<Texts> texts) =>
            When(c => c.Decision == Decision.Decline, () =>
                RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => texts["Procurement.ReasonRequired"]).MaximumLength(500));
    }

    public sealed class RespondHandler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Respond, bool>
    {
        public async Task<bool> Handle(Respond command, CancellationToken ct)
        {
            if (await OrderAsync(db, command.EnterpriseId, command.OrderId, ct) is not { } order) return false;
            var now = clock.GetUtcNow().UtcDateTime;
            if (command.Decision == Decision.Confirm) order.Confirm(now);
            else order.Decline(command.Reason!, now);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
