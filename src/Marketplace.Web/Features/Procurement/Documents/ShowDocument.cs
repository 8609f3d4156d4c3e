using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Infrastructure.Documents;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Documents;

/// <summary>A document as a printable page, for its institution, its enterprise and the operator;
/// anyone else's id is not found.</summary>
public static class ShowDocument
{
    public sealed record Query(OrderScope Scope, int Id) : IRequest<Page?>;

    /// <param name="Intact">Whether the stored content still hashes to the SHA-256 written at issue.</param>
    public sealed record Page(int Id, DocumentKind Kind, DocumentContent Content, string Sha256, bool Intact, DateTime IssuedAtUtc);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Page?>
    {
        public async Task<Page?> Handle(Query query, CancellationToken ct)
        {
            var document = await DocumentScope.Apply(query.Scope, db.ProcurementDocuments.AsNoTracking())
                .Where(d => d.Id == query.Id)
                .Select(d => new { d.Id, d.Kind, d.Content, d.Sha256, d.IssuedAtUtc })
                .FirstOrDefaultAsync(ct);
            return document is null ? null : new Page(document.Id, document.Kind, DocumentContent.FromJson(document.Content), document.Sha256,
                ProcurementDocument.HashOf(document.Content) == document.Sha256, document.IssuedAtUtc);
        }
    }
}

/// <summary>Who reads which documents: the institution its own, the enterprise its own (it receives a
/// purchase order's papers only once the order is approved, which is when they are issued), the operator all.</summary>
public static class DocumentScope
{
    public static IQueryable<ProcurementDocument> Apply(OrderScope scope, IQueryable<ProcurementDocument> documents) => scope switch
    {
        { Operator: true } => documents,
        { InstitutionId: { } institution } => documents.Where(d => d.InstitutionId == institution),
        { EnterpriseId: { } enterprise } => documents.Where(d => d.EnterpriseId == enterprise),
        _ => documents.Where(d => false),
    };

    public sealed record Link(int Id, DocumentKind Kind, string Number, DateTime IssuedAtUtc);

    /// <summary>The documents of one purchase order, or of one quote request, in the order they were issued.</summary>
    public static async Task<IReadOnlyList<Link>> ListAsync(MarketplaceDbContext db, OrderScope scope, int? purchaseOrderId, int? quoteRequestId, CancellationToken ct) =>
        await Apply(scope, db.ProcurementDocuments.AsNoTracking())
            .Where(d => (purchaseOrderId != null && d.PurchaseOrderId == purchaseOrderId)
                || (quoteRequestId != null && d.QuoteRequestId == quoteRequestId && d.Kind == DocumentKind.Quote))
            .OrderBy(d => d.IssuedAtUtc).ThenBy(d => d.Id)
            .Select(d => new Link(d.Id, d.Kind, d.Number, d.IssuedAtUtc))
            .ToListAsync(ct);
}
