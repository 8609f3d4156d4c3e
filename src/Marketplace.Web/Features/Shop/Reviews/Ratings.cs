using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Reviews;

/// <summary>A product's review count, star sum and average, moved by one statement in the transaction that adds or
/// hides a review: the right-hand sides read the row as it was, so two reviews at once both count.</summary>
public static class Ratings
{
    public static Task AddAsync(MarketplaceDbContext db, int productId, int rating, CancellationToken ct) =>
        db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.ReviewCount, p => p.ReviewCount + 1)
            .SetProperty(p => p.RatingSum, p => p.RatingSum + rating)
            .SetProperty(p => p.RatingAverage, p => (p.RatingSum + rating) / (double)(p.ReviewCount + 1)), ct);

    public static Task RemoveAsync(MarketplaceDbContext db, int productId, int rating, CancellationToken ct) =>
        db.Products.Where(p => p.Id == productId && p.ReviewCount > 0).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.ReviewCount, p => p.ReviewCount - 1)
            .SetProperty(p => p.RatingSum, p => p.RatingSum - rating)
            .SetProperty(p => p.RatingAverage, p => p.ReviewCount == 1 ? 0 : (p.RatingSum - rating) / (double)(p.ReviewCount - 1)), ct);
}
