using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Orders;

public static partial class PurchaseOrders
{
    public sealed record Detail(PurchaseOrderView Order, string EnterpriseName, string EnterpriseRegistrationNumber, string InstitutionName,
        string BuyerName, string? ApproverName, string? QuoteRequestNumber, int? QuoteRequestId, InvoiceView? Invoice, bool InvoiceOverdue, DateOnly Today,
        string? InspectorName = null, IReadOnlyList<Documents.DocumentScope.Link>? Documents = null);

    public sealed record DetailQuery(OrderScope Scope, int OrderId) : IRequest<Detail?>;

    public sealed class DetailHandler(MarketplaceDbContext db, AutoMapper.IMapper mapper, TimeProvider clock) : IRequestHandler<DetailQuery, Detail?>
    {
        public async Task<Detail?> Handle(DetailQuery query, CancellationToken ct)
        {
            var order = await query.Scope.Apply(db.PurchaseOrders.AsNoTracking()).Include(o => o.Lines).Include(o => o.Shipments)
                .AsSplitQuery().FirstOrDefaultAsync(o => o.Id == query.OrderId, ct);
            if (order is null) return null;
            var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == order.EnterpriseId)
                .Select(e => new { e.Name, e.RegistrationNumber }).FirstAsync(ct);
            var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == order.InstitutionId).Select(i => i.Name).FirstAsync(ct);
            var names = await db.Users.AsNoTracking().Where(u => u.Id == order.BuyerId || u.Id == order.ApproverId || u.Id == order.InspectedById)
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
            var request = order.QuoteId is { } quoteId
                ? await db.Quotes.AsNoTracking().Where(q => q.Id == quoteId)
                    .Join(db.QuoteRequests, q => q.QuoteRequestId, r => r.Id, (q, r) => new { r.Id, r.CreatedAtUtc }).FirstOrDefaultAsync(ct)
                : null;
            var invoice = await db.Invoices.AsNoTracking().Include(i => i.Payments).FirstOrDefaultAsync(i => i.PurchaseOrderId == order.Id, ct);
            var today = KoreaTime.Today(clock);
            return new Detail(mapper.Map<PurchaseOrderView>(order), enterprise.Name, enterprise.RegistrationNumber, institution,
                names.GetValueOrDefault(order.BuyerId, ""), order.ApproverId is null ? null : names.GetValueOrDefault(order.ApproverId),
                request is null ? null : QuoteRequest.NumberOf(request.Id, request.CreatedAtUtc), request?.Id,
                invoice is null ? null : mapper.Map<InvoiceView>(invoice), invoice?.IsOverdueOn(today) == true, today,
                order.InspectedById is null ? null : names.GetValueOrDefault(order.InspectedById),
                await Documents.DocumentScope.ListAsync(db, query.Scope, order.Id, null, ct));
        }
    }
}
