using Marketplace.Domain.Enterprises;

namespace Marketplace.Web.Features.Reporting;

/// <summary>Shares of social value added up, as every page and file shows them: the four areas in won,
/// jobs for vulnerable groups supported (as shares of jobs) and carbon.</summary>
public sealed record ImpactSum(long ProductsWon, long EmploymentWon, long FairTradeWon, long EnvironmentWon, decimal VulnerableJobs, decimal CarbonKg)
{
    public static readonly ImpactSum Zero = new(0, 0, 0, 0, 0, 0);

    public long TotalWon => ProductsWon + EmploymentWon + FairTradeWon + EnvironmentWon;

    public static ImpactSum Of(IEnumerable<SocialValueShare?> shares) =>
        shares.OfType<SocialValueShare>().Aggregate(Zero, (sum, s) => sum + new ImpactSum(s.ProductsWon, s.EmploymentWon, s.FairTradeWon, s.EnvironmentWon, s.VulnerableJobs, s.CarbonKg));

    public static ImpactSum operator +(ImpactSum a, ImpactSum b) => new(a.ProductsWon + b.ProductsWon, a.EmploymentWon + b.EmploymentWon,
        a.FairTradeWon + b.FairTradeWon, a.EnvironmentWon + b.EnvironmentWon, a.VulnerableJobs + b.VulnerableJobs, a.CarbonKg + b.CarbonKg);
}
