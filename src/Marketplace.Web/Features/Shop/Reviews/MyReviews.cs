using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Reviews;

/// <summary><c>/account/reviews</c>: the member's reviews, a hidden one with the operator's reason.</summary>
public static class MyReviews
{
    public sealed record Query(string MemberId) : IRequest<IReadOnlyList<Item>>;

    public sealed record Item(int Id, int ProductId, string ProductName, int Rating, string Text, DateTime CreatedAtUtc, string? Reply, string? HiddenReason);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(Query query, CancellationToken ct) =>
            await (from r in db.Reviews.AsNoTracking()
                   join p in db.Products on r.ProductId equals p.Id
                   where r.MemberId == query.MemberId
                   orderby r.Id descending
                   select new Item(r.Id, r.ProductId, p.Name, r.Rating, r.Text, r.CreatedAtUtc, r.Reply, r.HiddenReason)).Take(200).ToListAsync(ct);
    }
}
