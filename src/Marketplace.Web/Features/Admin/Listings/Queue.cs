using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.Listings;

public static partial class ListingReview
{
    public sealed record QueueQuery : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(int Id, string EnterpriseName, string Name, string NameEn, string Description, long Price,
        bool IsChange, ProposedChange? Change);

    public sealed class QueueHandler(MarketplaceDbContext db) : IRequestHandler<QueueQuery, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(QueueQuery query, CancellationToken ct) =>
            await db.Products.AsNoTracking()
                .Where(p => p.Status == ProductStatus.PendingReview || (p.Status == ProductStatus.Published && p.PendingChange != null))
                .OrderBy(p => p.Id).Take(200)
                .Select(p => new Item(p.Id, p.Enterprise.Name, p.Name, p.NameEn, p.Description, p.PriceWon,
                    p.Status == ProductStatus.Published, p.PendingChange))
                .ToListAsync(ct);
    }
}
