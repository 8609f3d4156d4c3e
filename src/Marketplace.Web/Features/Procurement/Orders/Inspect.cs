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

namespace Marketplace.Web.Features.Procurement.Orders;

public static partial class PurchaseOrders
{
    /// <summary>Accepted quantities by line id; a line left out is accepted as delivered.</summary>
    public sealed record Inspect(int InstitutionId, string MemberId, int OrderId, IReadOnlyDictionary<int, int> Accepted, string? Note)
        : IRequest<bool>, ITransactional;

    public sealed class InspectValidator : AbstractValidator<Inspect>
    {
        public InspectValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Note).MaximumLength(1000).WithMessage(_ => texts["Procurement.NoteTooLong"]);
            // The form sends an accepted quantity for every line; a post without them inspects nothing.
            RuleFor(c => c.Accepted).Must(a => a is { Count: > 0 }).WithMessage(_ => texts["Procurement.AcceptedQuantitiesRequired"]);
        }
    }

    public sealed class InspectHandler(MarketplaceDbContext db, PlatformSettings settings, MemberMail mail, TimeProvider clock) : IRequestHandler<Inspect, bool>
    {
        /// <summary>Inspection, the invoice and the procurement sales figure in one transaction: an
        /// accepted delivery is never left without its invoice, nor counted twice.</summary>
        public async Task<bool> Handle(Inspect command, CancellationToken ct)
        {
            if (await OwnOrderAsync(db, command.InstitutionId, command.OrderId, ct) is not { } order) return false;
            var now = clock.GetUtcNow().UtcDateTime;
            var today = KoreaTime.Today(clock);
            var enterprise = await db.Enterprises.FirstAsync(e => e.Id == order.EnterpriseId, ct);
            order.Inspect(command.Accepted, command.Note, enterprise.IsCertifiedOn(today), now, command.MemberId);
            await Reporting.SocialValueShares.AttributeAsync(db, order, ct);
            await db.SaveChangesAsync(ct);
            await Documents.IssueDocument.InspectionReportAsync(db, order, ct);
            if (order.Status == PurchaseOrderStatus.Inspected)
            {
                await Invoices.IssueInvoice.ForAsync(db, order, enterprise, today, (int)await settings.GetAsync(PlatformSettings.InvoiceDueDays, ct), ct);
                await mail.ToMemberAsync(order.BuyerId, MailTopic.Procurement, "InvoiceIssued", $"/procurement/orders/{order.Id}", [order.Number, order.AcceptedTotal], ct);
                await mail.ToEnterpriseAsync(order.EnterpriseId, MailTopic.Procurement, "OrderInspected", $"/seller/procurement/orders/{order.Id}", [order.Number, order.AcceptedTotal], ct);
            }
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
