using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.SocialValue;

/// <summary><c>/seller/social-value</c>: the enterprise's figures by year, and the form for one year.</summary>
public static class YearFigures
{
    public sealed class Form
    {
        public int Year { get; set; }
        public long SalesWon { get; set; }
        public int Beneficiaries { get; set; }
        public long ProductsWon { get; set; }
        public int Employees { get; set; }
        public int VulnerableEmployees { get; set; }
        public long EmploymentWon { get; set; }
        public long FairTradePurchasesWon { get; set; }
        public long FairTradeWon { get; set; }
        public long CarbonKg { get; set; }
        public long EnvironmentWon { get; set; }
        public FigureSource Source { get; set; }

        public SocialValueFigures Figures => new(SalesWon, Beneficiaries, ProductsWon, Employees, VulnerableEmployees, EmploymentWon,
            FairTradePurchasesWon, FairTradeWon, CarbonKg, EnvironmentWon, Source);
    }

    public sealed record Row(int Year, long SalesWon, long TotalWon, int Employees, int VulnerableEmployees, long CarbonKg, FigureSource Source, bool Verified);

    public sealed record Model(IReadOnlyList<Row> Years, Form Form, bool FormYearVerified, int CurrentYear);

    /// <param name="Year">The year to edit; this Korean year when none is asked for.</param>
    public sealed record Query(int EnterpriseId, int? Year) : IRequest<Model>;

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var current = KoreaTime.Today(clock).Year;
            var year = Math.Clamp(query.Year ?? current, SocialValueYear.FirstYear, current);
            var years = await db.SocialValueYears.AsNoTracking().Where(y => y.EnterpriseId == query.EnterpriseId)
                .OrderByDescending(y => y.Year).ToListAsync(ct);
            var chosen = years.FirstOrDefault(y => y.Year == year);
            var f = chosen?.Figures;
            var form = f is null ? new Form { Year = year } : new Form
            {
                Year = year, SalesWon = f.SalesWon, Beneficiaries = f.Beneficiaries, ProductsWon = f.ProductsWon, Employees = f.Employees,
                VulnerableEmployees = f.VulnerableEmployees, EmploymentWon = f.EmploymentWon, FairTradePurchasesWon = f.FairTradePurchasesWon,
                FairTradeWon = f.FairTradeWon, CarbonKg = f.CarbonKg, EnvironmentWon = f.EnvironmentWon, Source = f.Source,
            };
            return new Model(years.Select(y => new Row(y.Year, y.SalesWon, y.TotalWon, y.Employees, y.VulnerableEmployees, y.CarbonKg, y.Source, y.IsVerified)).ToList(),
                form, chosen?.IsVerified ?? false, current);
        }
    }
}
