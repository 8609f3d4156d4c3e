using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

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
