using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Reporting;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Account;

/// <summary><c>/account/impact</c>: what the member's own purchases did, by year and area: the social
/// value their shares add up to, the enterprises they bought from, the jobs for vulnerable groups
/// and the carbon their purchases account for. Refunded and cancelled orders count for nothing.</summary>
public static class MyImpact
{
    public sealed record Year(int Number, long BoughtWon, int Enterprises, ImpactSum Impact);

    public sealed record Model(IReadOnlyList<Year> Years, int EnterprisesSupported, long BoughtWon, ImpactSum Total, long BoughtWithoutFiguresWon);

    public sealed record Query(string MemberId) : IRequest<Model>;

    private static readonly OrderStatus[] Standing = [OrderStatus.Paid, OrderStatus.Preparing, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Confirmed];

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var lines = await db.Orders.AsNoTracking()
                .Where(o => o.MemberId == query.MemberId && Standing.Contains(o.Status))
                .SelectMany(o => o.Lines, (o, l) => new { o.EnterpriseId, Amount = l.UnitPriceWon * l.Quantity, l.SocialValue })
                .ToListAsync(ct);
            var shared = lines.Where(l => l.SocialValue is not null).ToList();
            var years = shared.GroupBy(l => l.SocialValue!.Year).OrderByDescending(g => g.Key)
                .Select(g => new Year(g.Key, g.Sum(l => l.Amount), g.Select(l => l.EnterpriseId).Distinct().Count(), ImpactSum.Of(g.Select(l => l.SocialValue))))
                .ToList();
            return new Model(years, lines.Select(l => l.EnterpriseId).Distinct().Count(), lines.Sum(l => l.Amount),
                ImpactSum.Of(shared.Select(l => l.SocialValue)), lines.Where(l => l.SocialValue is null).Sum(l => l.Amount));
        }
    }
}
