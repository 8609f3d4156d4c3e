using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.Listings;

public static partial class ListingReview
{
    public sealed record QueueQuery : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(int Id, int Revision, string EnterpriseName, string Name, string NameEn, string Description, long Price,
        IReadOnlyList<(int MinQuantity, long UnitPriceWon)> PriceTiers, bool IsChange, ProposedChange? Change)
    {
        /// <summary>The quantity prices the approval would put on sale.</summary>
        public IReadOnlyList<(int MinQuantity, long UnitPriceWon)> TiersAfter =>
            Change?.PriceTiers is { } pending ? PriceTier.Parse(pending).Select(t => (t.MinQuantity, t.UnitPriceWon)).ToList() : PriceTiers;
    }

    public sealed class QueueHandler(MarketplaceDbContext db) : IRequestHandler<QueueQuery, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(QueueQuery query, CancellationToken ct) =>
            await db.Products.AsNoTracking()
                .Where(p => p.Status == ProductStatus.PendingReview || (p.Status == ProductStatus.Published && p.PendingChange != null))
                .OrderBy(p => p.Id).Take(200)
                .Select(p => new
                {
                    p.Id, p.Revision, Enterprise = p.Enterprise.Name, p.Name, p.NameEn, p.Description, p.PriceWon,
                    Tiers = p.PriceTiers.OrderBy(t => t.MinQuantity).Select(t => new { t.MinQuantity, t.UnitPriceWon }).ToList(),
                    IsChange = p.Status == ProductStatus.Published, p.PendingChange,
                })
                .AsAsyncEnumerable()
                .Select(p => new Item(p.Id, p.Revision, p.Enterprise, p.Name, p.NameEn, p.Description, p.PriceWon,
                    p.Tiers.Select(t => (t.MinQuantity, t.UnitPriceWon)).ToList(), p.IsChange, p.PendingChange))
                .ToListAsync(ct);
    }
}
