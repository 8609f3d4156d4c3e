using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Admin.Settings;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Email;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Quotes;

public static partial class QuoteRequests
{
    /// <param name="QuoteVersion">The quote's version the comparison page showed.</param>
    /// <param name="SviReason">Why the buyer orders from a firm graded SVI 미흡 or below, where the rule allows it.</param>
    public sealed record Accept(int InstitutionId, string BuyerId, int RequestId, int QuoteId, int QuoteVersion, string? CapReason,
        string? SviReason = null) : IRequest<int?>, ITransactional;

    public sealed class AcceptValidator : AbstractValidator<Accept>
    {
        public AcceptValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.CapReason).MaximumLength(1000).WithMessage(_ => texts["Procurement.NoteTooLong"]);
            RuleFor(c => c.SviReason).MaximumLength(1000).WithMessage(_ => texts["Procurement.NoteTooLong"]);
        }
    }

    public sealed class AcceptHandler(MarketplaceDbContext db, PlatformSettings settings, MemberMail mail, TimeProvider clock) : IRequestHandler<Accept, int?>
    {
        /// <summary>Accepting an answer closes the request, marks the others not chosen and writes the
        /// contract's purchase order for approval. A second accept finds the request closed.</summary>
        public async Task<int?> Handle(Accept command, CancellationToken ct)
        {
            if (!await QuoteRequestLock.TakeAsync(db.QuoteRequests.Where(r => r.Id == command.RequestId && r.InstitutionId == command.InstitutionId), ct))
                return null;
            var request = await db.QuoteRequests.Include(r => r.Items)
                .FirstOrDefaultAsync(r => r.Id == command.RequestId && r.InstitutionId == command.InstitutionId, ct);
            if (request is null) return null;
            var quotes = await db.Quotes.Where(q => q.QuoteRequestId == request.Id).ToListAsync(ct);
            if (quotes.FirstOrDefault(q => q.Id == command.QuoteId) is not { } chosen) return null;
            var lines = request.Accept(chosen, quotes, KoreaTime.Today(clock), command.QuoteVersion);
            var enterprise = await db.Enterprises.FirstAsync(e => e.Id == chosen.EnterpriseId, ct);
            var order = new PurchaseOrder(command.InstitutionId, enterprise, command.BuyerId, PurchaseMethod.SimpleContract, chosen.Id,
                request.DeliveryPlace, chosen.DeliveryDate, lines, clock.GetUtcNow().UtcDateTime);
            order.CheckSingleQuoteCap((long)await settings.GetAsync(PlatformSettings.SingleQuoteCapWon, ct), command.CapReason);
            order.CheckSvi(enterprise.SviGrade, enterprise.SviYear, await settings.GetLowSviRuleAsync(ct), command.SviReason);
            db.PurchaseOrders.Add(order);
            await db.SaveChangesAsync(ct);
            // Its number comes from its id: the approvers' mail is queued once it has one, in the same transaction.
            await mail.ToInstitutionAsync(command.InstitutionId, Domain.Members.Roles.InstitutionApprover, MailTopic.Procurement, "PurchaseOrderAwaitsApproval",
                $"/procurement/orders/{order.Id}", [order.Number, order.Total], ct);
            await db.SaveChangesAsync(ct);
            return order.Id;
        }
    }
}
