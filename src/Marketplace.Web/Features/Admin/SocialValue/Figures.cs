using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.SocialValue;

/// <summary><c>/admin/social-value</c>: every enterprise's yearly figures, those waiting for
/// verification first, so the operator checks what buyers will be shown.</summary>
public static class Figures
{
    public const int PageSize = 100;

    public sealed record Row(int Id, int EnterpriseId, string EnterpriseName, int Year, long SalesWon, long ProductsWon, long EmploymentWon,
        long FairTradeWon, long EnvironmentWon, long TotalWon, int Employees, int VulnerableEmployees, long CarbonKg, FigureSource Source, bool Verified);

    public sealed record Query(bool OnlyUnverified) : IRequest<IReadOnlyList<Row>>;

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query query, CancellationToken ct)
        {
            var years = db.SocialValueYears.AsNoTracking();
            if (query.OnlyUnverified) years = years.Where(y => y.VerifiedAtUtc == null);
            return await years
                .Join(db.Enterprises, y => y.EnterpriseId, e => e.Id, (y, e) => new { y, e.Name })
                .OrderBy(x => x.y.VerifiedAtUtc != null).ThenByDescending(x => x.y.Year).ThenBy(x => x.Name).Take(PageSize)
                .Select(x => new Row(x.y.Id, x.y.EnterpriseId, x.Name, x.y.Year, x.y.SalesWon, x.y.ProductsWon, x.y.EmploymentWon, x.y.FairTradeWon,
                    x.y.EnvironmentWon, x.y.TotalWon, x.y.Employees, x.y.VulnerableEmployees, x.y.CarbonKg, x.y.Source, x.y.VerifiedAtUtc != null))
                .ToListAsync(ct);
        }
    }
}
