using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Email;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Invoices;

public static partial class InvoicePayments
{
    /// <summary>Who records: the invoice's enterprise (its id) or the operator (null).</summary>
    public sealed record Record(int? EnterpriseId, string MemberId, int InvoiceId, DateOnly? PaidOn, long Amount, string Reference)
        : IRequest<int?>, ITransactional;

    public sealed class Validator : AbstractValidator<Record>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.PaidOn).NotNull().WithMessage(_ => texts["Procurement.PaidOnRequired"]);
            RuleFor(c => c.Amount).GreaterThan(0).WithMessage(_ => texts["Error.InvalidAmount"]);
            RuleFor(c => c.Reference).NotEmpty().WithMessage(_ => texts["Procurement.ReferenceRequired"])
                .MaximumLength(100).WithMessage(_ => texts["Procurement.ReferenceTooLong"]);
        }
    }

    public sealed class RecordHandler(MarketplaceDbContext db, MemberMail mail, TimeProvider clock) : IRequestHandler<Record, int?>
    {
        /// <returns>The purchase order's id, or null when the invoice is not the recorder's.</returns>
        public async Task<int?> Handle(Record command, CancellationToken ct)
        {
            var invoice = await db.Invoices.Include(i => i.Payments)
                .FirstOrDefaultAsync(i => i.Id == command.InvoiceId && (command.EnterpriseId == null || i.EnterpriseId == command.EnterpriseId), ct);
            if (invoice is null) return null;
            invoice.RecordPayment(command.PaidOn!.Value, command.Amount, command.Reference, command.MemberId,
                KoreaTime.Today(clock), clock.GetUtcNow().UtcDateTime);
            // Paid in full, as the operator recorded it: the enterprise hears; one recording it itself knows.
            if (invoice.IsPaid && command.EnterpriseId is null)
                await mail.ToEnterpriseAsync(invoice.EnterpriseId, MailTopic.Procurement, "InvoicePaid", $"/seller/procurement/orders/{invoice.PurchaseOrderId}",
                    [invoice.Number, new Domain.Common.Won(invoice.TotalWon)], ct);
            await db.SaveChangesAsync(ct);
            return invoice.PurchaseOrderId;
        }
    }
}
