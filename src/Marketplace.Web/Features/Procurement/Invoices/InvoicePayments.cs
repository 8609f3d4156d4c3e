using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Invoices;

/// <summary>Bank transfers against procurement invoices, recorded by the enterprise that issued the
/// invoice or by the operator; and the operator's list of invoices with the overdue ones flagged.</summary>
public static class InvoicePayments
{
    /// <summary>Who records: the invoice's enterprise (its id) or the operator (null).</summary>
    public sealed record Record(int? EnterpriseId, string MemberId, int InvoiceId, DateOnly? PaidOn, long Amount, string Reference)
        : IRequest<int?>, ITransactional;

    public sealed record Row(int Id, string Number, int PurchaseOrderId, string InstitutionName, string SupplierName,
        long TotalWon, long PaidWon, DateOnly DueOn, bool Overdue);

    public sealed record ListQuery(bool OverdueOnly = false) : IRequest<IReadOnlyList<Row>>;

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

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock)
        : IRequestHandler<Record, int?>, IRequestHandler<ListQuery, IReadOnlyList<Row>>
    {
        /// <returns>The purchase order's id, or null when the invoice is not the recorder's.</returns>
        public async Task<int?> Handle(Record command, CancellationToken ct)
        {
            var invoice = await db.Invoices.Include(i => i.Payments)
                .FirstOrDefaultAsync(i => i.Id == command.InvoiceId && (command.EnterpriseId == null || i.EnterpriseId == command.EnterpriseId), ct);
            if (invoice is null) return null;
            invoice.RecordPayment(command.PaidOn!.Value, command.Amount, command.Reference, command.MemberId,
                KoreaTime.Today(clock), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return invoice.PurchaseOrderId;
        }

        public async Task<IReadOnlyList<Row>> Handle(ListQuery query, CancellationToken ct)
        {
            var today = KoreaTime.Today(clock);
            var invoices = db.Invoices.AsNoTracking();
            // Filtered in the database, before the page limit: an old overdue invoice must not fall off the list.
            if (query.OverdueOnly) invoices = invoices.Where(i => i.DueOn < today && i.Payments.Sum(p => p.AmountWon) < i.SupplyWon + i.VatWon);
            var rows = await invoices.OrderByDescending(i => i.IssuedOn).ThenByDescending(i => i.Id).Take(500)
                .Select(i => new { i.Id, i.IssuedOn, i.PurchaseOrderId, i.BuyerName, i.SupplierName, Total = i.SupplyWon + i.VatWon,
                    Paid = i.Payments.Sum(p => p.AmountWon), i.DueOn })
                .ToListAsync(ct);
            return rows.Select(i => new Row(i.Id, Invoice.NumberOf(i.Id, i.IssuedOn), i.PurchaseOrderId, i.BuyerName, i.SupplierName, i.Total,
                    i.Paid, i.DueOn, i.Paid < i.Total && today > i.DueOn)).ToList();
        }
    }
}
