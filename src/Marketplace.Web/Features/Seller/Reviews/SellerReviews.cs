using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Reviews;

/// <summary><c>/seller/reviews</c>: the reviews of the enterprise's products, those awaiting an answer first.</summary>
public static class SellerReviews
{
    public sealed record Query(int EnterpriseId) : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(int Id, int ProductId, string ProductName, string AuthorName, int Rating, string Text, IReadOnlyList<string> Photos,
        DateTime CreatedAtUtc, string? Reply, bool Hidden);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken ct) =>
            await (from r in db.Reviews.AsNoTracking()
                   join p in db.Products on r.ProductId equals p.Id
                   where p.EnterpriseId == query.EnterpriseId
                   orderby r.Reply == null descending, r.Id descending
                   select new Item(r.Id, r.ProductId, p.Name, r.AuthorName, r.Rating, r.Text, r.Photos.OrderBy(x => x.SortOrder).Select(x => x.Url).ToList(),
                       r.CreatedAtUtc, r.Reply, r.HiddenAtUtc != null)).Take(200).ToListAsync(ct);
    }
}
