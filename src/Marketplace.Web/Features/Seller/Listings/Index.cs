using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Listings;

public static partial class Listings
{
    public sealed record ListQuery(int EnterpriseId) : IRequest<IReadOnlyList<Row>>;

    public sealed record Row(int Id, string Name, string? Sku, ProductStatus Status, long Price, int Stock, bool HasPendingChange, string? RejectionReason);

    public sealed class ListHandler(MarketplaceDbContext db) : IRequestHandler<ListQuery, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(ListQuery query, CancellationToken ct) =>
            await db.Products.AsNoTracking().Where(p => p.EnterpriseId == query.EnterpriseId)
                .OrderBy(p => p.Status == ProductStatus.Archived).ThenByDescending(p => p.Id)
                .Select(p => new Row(p.Id, p.Name, p.Sku, p.Status, p.PriceWon, p.Stock, p.PendingChange != null, p.RejectionReason))
                .ToListAsync(ct);
    }
}
