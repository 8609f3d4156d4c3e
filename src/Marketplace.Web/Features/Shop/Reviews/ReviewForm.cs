using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Reviews;

/// <summary>The review form of one line: what was bought, and whether it may still be reviewed.</summary>
public static class ReviewForm
{
    public sealed record Query(string MemberId, int OrderId, int OrderLineId) : IRequest<Model?>;

    public sealed record Model(int OrderId, int OrderLineId, string OrderNumber, int ProductId, string ProductName, string? OptionName,
        bool Delivered, int? ReviewId, WriteReview.Form Form);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query query, CancellationToken ct)
        {
            var line = await (from l in db.Set<OrderLine>().AsNoTracking()
                              join o in db.Orders on l.OrderId equals o.Id
                              where l.Id == query.OrderLineId && o.Id == query.OrderId && o.MemberId == query.MemberId
                              select new { o.Id, o.CreatedAtUtc, o.Status, l.ProductId, l.ProductName, l.OptionName }).FirstOrDefaultAsync(ct);
            if (line is null) return null;
            var reviewId = await db.Reviews.Where(r => r.OrderLineId == query.OrderLineId).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
            return new Model(line.Id, query.OrderLineId, Order.NumberOf(line.Id, line.CreatedAtUtc), line.ProductId, line.ProductName, line.OptionName,
                Order.ArrivedWith(line.Status), reviewId, new WriteReview.Form { Rating = 5 });
        }
    }
}
