using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.Reviews;

/// <summary><c>/admin/reviews</c>: reviews members reported, shown ones first and the most reported first, with the reasons.</summary>
public static class ReportedReviews
{
    public sealed record Query : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(int Id, int ProductId, string ProductName, string AuthorName, int Rating, string Text, DateTime CreatedAtUtc,
        IReadOnlyList<string> Reasons, string? HiddenReason);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken ct)
        {
            var reported = await db.ReviewReports.AsNoTracking().GroupBy(r => r.ReviewId)
                .Select(g => new { ReviewId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.ReviewId, g => g.Count, ct);
            var ids = reported.Keys.ToList();
            var reasons = (await db.ReviewReports.AsNoTracking().Where(r => ids.Contains(r.ReviewId)).OrderBy(r => r.Id)
                .Select(r => new { r.ReviewId, r.Reason }).ToListAsync(ct)).ToLookup(r => r.ReviewId, r => r.Reason);
            var reviews = await (from r in db.Reviews.AsNoTracking()
                                 join p in db.Products on r.ProductId equals p.Id
                                 where ids.Contains(r.Id)
                                 select new { r.Id, r.ProductId, p.Name, r.AuthorName, r.Rating, r.Text, r.CreatedAtUtc, r.HiddenReason, r.HiddenAtUtc }).ToListAsync(ct);
            return reviews.OrderBy(r => r.HiddenAtUtc != null).ThenByDescending(r => reported[r.Id]).ThenByDescending(r => r.Id).Take(200)
                .Select(r => new Item(r.Id, r.ProductId, r.Name, r.AuthorName, r.Rating, r.Text, r.CreatedAtUtc, reasons[r.Id].Take(20).ToList(), r.HiddenReason))
                .ToList();
        }
    }
}
