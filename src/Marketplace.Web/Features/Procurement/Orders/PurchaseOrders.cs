using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Admin.Settings;
using Marketplace.Web.Features.Reporting;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Orders;

/// <summary>Who is looking at a purchase order: its institution, the enterprise it is addressed to
/// (only once approved), or the operator. Every read and change of an order goes through this scope.</summary>
public sealed record OrderScope(int? InstitutionId = null, int? EnterpriseId = null, bool Operator = false)
{
    public IQueryable<PurchaseOrder> Apply(IQueryable<PurchaseOrder> orders) => this switch
    {
        { Operator: true } => orders,
        { InstitutionId: { } institution } => orders.Where(o => o.InstitutionId == institution),
        { EnterpriseId: { } enterprise } => orders.Where(o => o.EnterpriseId == enterprise).Where(PurchaseOrder.VisibleToEnterprise),
        _ => orders.Where(o => false),
    };
}

/// <summary>Purchase orders as the institution, the enterprise and the operator see them, and the
/// institution's own steps: internal approval and inspection (검수), which issues the invoice.</summary>
public static class PurchaseOrders
{
    public sealed record Row(int Id, string Number, DateTime CreatedAtUtc, PurchaseOrderStatus Status, PurchaseMethod Method,
        string EnterpriseName, string InstitutionName, long TotalWon, DateOnly DeliveryDate, bool Flagged);

    public sealed record ListQuery(OrderScope Scope, PurchaseOrderStatus? Status = null) : IRequest<IReadOnlyList<Row>>;

    public sealed record Detail(PurchaseOrder Order, string EnterpriseName, string EnterpriseRegistrationNumber, string InstitutionName,
        string BuyerName, string? ApproverName, string? QuoteRequestNumber, int? QuoteRequestId, Invoice? Invoice, DateOnly Today)
    {
        public bool InvoiceOverdue => Invoice?.IsOverdueOn(Today) == true;
    }

    public sealed record DetailQuery(OrderScope Scope, int OrderId) : IRequest<Detail?>;

    public sealed record Approve(int InstitutionId, string ApproverId, int OrderId) : IRequest<bool>, ITransactional;

    public sealed record RejectApproval(int InstitutionId, string ApproverId, int OrderId, string Reason) : IRequest<bool>, ITransactional;

    /// <summary>Accepted quantities by line id; a line left out is accepted as delivered.</summary>
    public sealed record Inspect(int InstitutionId, string MemberId, int OrderId, IReadOnlyDictionary<int, int> Accepted, string? Note)
        : IRequest<bool>, ITransactional;

    public sealed class RejectApprovalValidator : AbstractValidator<RejectApproval>
    {
        public RejectApprovalValidator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => texts["Procurement.ReasonRequired"]).MaximumLength(500);
    }

    public sealed class InspectValidator : AbstractValidator<Inspect>
    {
        public InspectValidator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Note).MaximumLength(1000).WithMessage(_ => texts["Procurement.NoteTooLong"]);
    }

    public sealed class Handler(MarketplaceDbContext db, PlatformSettings settings, TimeProvider clock)
        : IRequestHandler<ListQuery, IReadOnlyList<Row>>, IRequestHandler<DetailQuery, Detail?>,
          IRequestHandler<Approve, bool>, IRequestHandler<RejectApproval, bool>, IRequestHandler<Inspect, bool>
    {
        public async Task<IReadOnlyList<Row>> Handle(ListQuery query, CancellationToken ct)
        {
            var orders = query.Scope.Apply(db.PurchaseOrders.AsNoTracking());
            if (query.Status is { } status) orders = orders.Where(o => o.Status == status);
            var rows = await orders.OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id).Take(300)
                .Select(o => new
                {
                    o.Id, o.CreatedAtUtc, o.Status, o.Method, o.DeliveryDate, o.CertificationExpiresBeforeDelivery, o.CapExceededReason,
                    Enterprise = db.Enterprises.Where(e => e.Id == o.EnterpriseId).Select(e => e.Name).First(),
                    Institution = db.Institutions.Where(i => i.Id == o.InstitutionId).Select(i => i.Name).First(),
                    Total = o.Lines.Sum(l => l.Quantity * (l.UnitSupplyWon + l.UnitVatWon)),
                })
                .ToListAsync(ct);
            return rows.Select(o => new Row(o.Id, PurchaseOrder.NumberOf(o.Id, o.CreatedAtUtc), o.CreatedAtUtc, o.Status, o.Method,
                o.Enterprise, o.Institution, o.Total, o.DeliveryDate, o.CertificationExpiresBeforeDelivery || o.CapExceededReason != null)).ToList();
        }

        public async Task<Detail?> Handle(DetailQuery query, CancellationToken ct)
        {
            var order = await query.Scope.Apply(db.PurchaseOrders.AsNoTracking()).Include(o => o.Lines).Include(o => o.Shipments)
                .AsSplitQuery().FirstOrDefaultAsync(o => o.Id == query.OrderId, ct);
            if (order is null) return null;
            var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == order.EnterpriseId)
                .Select(e => new { e.Name, e.RegistrationNumber }).FirstAsync(ct);
            var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == order.InstitutionId).Select(i => i.Name).FirstAsync(ct);
            var names = await db.Users.AsNoTracking().Where(u => u.Id == order.BuyerId || u.Id == order.ApproverId)
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
            var request = order.QuoteId is { } quoteId
                ? await db.Quotes.AsNoTracking().Where(q => q.Id == quoteId)
                    .Join(db.QuoteRequests, q => q.QuoteRequestId, r => r.Id, (q, r) => new { r.Id, r.CreatedAtUtc }).FirstOrDefaultAsync(ct)
                : null;
            var invoice = await db.Invoices.AsNoTracking().Include(i => i.Payments).FirstOrDefaultAsync(i => i.PurchaseOrderId == order.Id, ct);
            return new Detail(order, enterprise.Name, enterprise.RegistrationNumber, institution,
                names.GetValueOrDefault(order.BuyerId, ""), order.ApproverId is null ? null : names.GetValueOrDefault(order.ApproverId),
                request is null ? null : QuoteRequest.NumberOf(request.Id, request.CreatedAtUtc), request?.Id,
                invoice, KoreaTime.Today(clock));
        }

        public async Task<bool> Handle(Approve command, CancellationToken ct)
        {
            if (await OwnOrderAsync(command.InstitutionId, command.OrderId, ct) is not { } order) return false;
            order.Approve(command.ApproverId, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return true;
        }

        public async Task<bool> Handle(RejectApproval command, CancellationToken ct)
        {
            if (await OwnOrderAsync(command.InstitutionId, command.OrderId, ct) is not { } order) return false;
            order.RejectApproval(command.ApproverId, command.Reason, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return true;
        }

        /// <summary>Inspection, the invoice and the procurement sales figure in one transaction: an
        /// accepted delivery is never left without its invoice, nor counted twice.</summary>
        public async Task<bool> Handle(Inspect command, CancellationToken ct)
        {
            if (await OwnOrderAsync(command.InstitutionId, command.OrderId, ct) is not { } order) return false;
            var now = clock.GetUtcNow().UtcDateTime;
            var today = KoreaTime.Today(clock);
            var enterprise = await db.Enterprises.FirstAsync(e => e.Id == order.EnterpriseId, ct);
            order.Inspect(command.Accepted, command.Note, enterprise.IsCertifiedOn(today), now);
            if (order.Status == PurchaseOrderStatus.Inspected)
                await IssueInvoiceAsync(db, order, enterprise, today, (int)await settings.GetAsync(PlatformSettings.InvoiceDueDays, ct), ct);
            await db.SaveChangesAsync(ct);
            return true;
        }

        /// <summary>What an accepted inspection brings: the invoice for the accepted amount, and the
        /// enterprise's procurement sales on the day of inspection.</summary>
        public static async Task IssueInvoiceAsync(MarketplaceDbContext db, PurchaseOrder order, Domain.Enterprises.Enterprise enterprise,
            DateOnly day, int dueDays, CancellationToken ct)
        {
            var institution = await db.Institutions.FirstAsync(i => i.Id == order.InstitutionId, ct);
            db.Invoices.Add(new Invoice(order, enterprise.Name, enterprise.RegistrationNumber, institution.Name,
                institution.RegistrationNumber, day, dueDays));
            await SalesLedger.AddToRollupAsync(db, order.EnterpriseId, day, Domain.Reporting.SalesRollup.ProcurementChannel,
                1, order.AcceptedTotal.Amount, 0, ct);
        }

        private Task<PurchaseOrder?> OwnOrderAsync(int institutionId, int orderId, CancellationToken ct) =>
            db.PurchaseOrders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == orderId && o.InstitutionId == institutionId, ct);
    }
}
