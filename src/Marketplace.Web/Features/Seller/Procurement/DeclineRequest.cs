using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Procurement.Quotes;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Procurement;

public static partial class SellerProcurement
{
    /// <summary>The enterprise will not quote (out of stock, outside its trade): the buyer reads why
    /// beside the answers instead of waiting for one until the deadline.</summary>
    public sealed record DeclineRequest(int EnterpriseId, int RequestId, string Reason) : IRequest<bool>, ITransactional;

    public sealed class DeclineRequestValidator : AbstractValidator<DeclineRequest>
    {
        public DeclineRequestValidator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => texts["Error.DeclineReasonRequired"])
                .MaximumLength(500).WithMessage(_ => texts["Procurement.NoteTooLong"]);
    }

    public sealed class DeclineRequestHandler(MarketplaceDbContext db, MemberMail mail, TimeProvider clock) : IRequestHandler<DeclineRequest, bool>
    {
        public async Task<bool> Handle(DeclineRequest command, CancellationToken ct)
        {
            if (!await QuoteRequestLock.TakeAsync(db.QuoteRequests.Where(r => r.Id == command.RequestId
                    && r.Recipients.Any(x => x.EnterpriseId == command.EnterpriseId)), ct))
                return false;
            var request = await db.QuoteRequests.FirstAsync(r => r.Id == command.RequestId, ct);
            var answered = await db.Quotes.AnyAsync(q => q.QuoteRequestId == request.Id && q.EnterpriseId == command.EnterpriseId, ct);
            request.Decline(command.EnterpriseId, answered, command.Reason, KoreaTime.Today(clock), clock.GetUtcNow().UtcDateTime);
            var enterprise = await db.Enterprises.Where(e => e.Id == command.EnterpriseId).Select(e => e.Name).FirstAsync(ct);
            await mail.ToMemberAsync(request.BuyerId, MailTopic.Procurement, "QuoteDeclined", $"/procurement/quotes/{request.Id}",
                [request.Number, request.Title, enterprise, command.Reason], ct);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
