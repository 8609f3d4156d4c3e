using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Invoices;

public static partial class InvoicePayments
{
    public sealed record Row(int Id, string Number, int PurchaseOrderId, string InstitutionName, string SupplierName,
        long TotalWon, long PaidWon, DateOnly DueOn, bool Overdue);

    public sealed record ListQuery(bool OverdueOnly = false) : IRequest<IReadOnlyList<Row>>;

    public sealed class ListHandler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<ListQuery, IReadOnlyList<Row>>
    {
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
