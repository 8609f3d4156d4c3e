using Marketplace.Domain.Common;

namespace Marketplace.Domain.Enterprises;

/// <summary>Where a year's figures come from: the enterprise's own count, SPC's measurement, or an audit.</summary>
public enum FigureSource { SelfReported, SpcMeasured, Audited }

/// <summary>One enterprise's social-value figures for one year, in the four areas of Seoul's and SK's
/// social performance incentive (SPC): each area as a figure and as a value in won, beside the year's
/// sales that purchases are measured against. Changing verified figures takes the verification away.</summary>
public class SocialValueYear : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => $"{EnterpriseId}/{Year}";

    public const int FirstYear = 2018;

    private SocialValueYear() { }

    public SocialValueYear(int enterpriseId, int year, int currentYear)
    {
        if (year < FirstYear || year > currentYear) throw new DomainException(ErrorCodes.SocialValueYearOutOfRange, $"{year}");
        EnterpriseId = enterpriseId;
        Year = year;
    }

    public int Id { get; private set; }
    public int EnterpriseId { get; private set; }
    public int Year { get; private set; }
    /// <summary>The enterprise's sales in the year: a purchase carries its fraction of each figure.</summary>
    public long SalesWon { get; private set; }

    /// <summary>Products and services: people who used them (the social problem they address).</summary>
    public int Beneficiaries { get; private set; }
    public long ProductsWon { get; private set; }

    public int Employees { get; private set; }
    public int VulnerableEmployees { get; private set; }
    public long EmploymentWon { get; private set; }

    /// <summary>Bought from small suppliers and other social-economy firms.</summary>
    public long FairTradePurchasesWon { get; private set; }
    public long FairTradeWon { get; private set; }

    public long CarbonKg { get; private set; }
    public long EnvironmentWon { get; private set; }

    /// <summary>The four areas' values added up; kept as a column so lists can sort by it.</summary>
    public long TotalWon { get; private set; }
    public FigureSource Source { get; private set; }
    public DateTime? VerifiedAtUtc { get; private set; }
    public string? VerifiedById { get; private set; }
    public bool IsVerified => VerifiedAtUtc is not null;

    public void Record(SocialValueFigures f)
    {
        long[] amounts = [f.SalesWon, f.ProductsWon, f.EmploymentWon, f.FairTradePurchasesWon, f.FairTradeWon, f.CarbonKg, f.EnvironmentWon];
        if (amounts.Any(a => a < 0) || f.Beneficiaries < 0 || f.Employees < 0 || f.VulnerableEmployees < 0)
            throw new DomainException(ErrorCodes.SocialValueFigureInvalid);
        if (f.VulnerableEmployees > f.Employees) throw new DomainException(ErrorCodes.VulnerableJobsExceedTotal);
        if (!Enum.IsDefined(f.Source)) throw new DomainException(ErrorCodes.SocialValueFigureInvalid, $"{f.Source}");
        if (Figures == f) return;
        (SalesWon, Beneficiaries, ProductsWon, Employees, VulnerableEmployees, EmploymentWon, FairTradePurchasesWon, FairTradeWon, CarbonKg, EnvironmentWon, Source) =
            (f.SalesWon, f.Beneficiaries, f.ProductsWon, f.Employees, f.VulnerableEmployees, f.EmploymentWon, f.FairTradePurchasesWon, f.FairTradeWon, f.CarbonKg, f.EnvironmentWon, f.Source);
        TotalWon = checked(ProductsWon + EmploymentWon + FairTradeWon + EnvironmentWon);
        (VerifiedAtUtc, VerifiedById) = (null, null);
    }

    public SocialValueFigures Figures => new(SalesWon, Beneficiaries, ProductsWon, Employees, VulnerableEmployees, EmploymentWon,
        FairTradePurchasesWon, FairTradeWon, CarbonKg, EnvironmentWon, Source);

    public void Verify(string operatorId, DateTime nowUtc) => (VerifiedAtUtc, VerifiedById) = (nowUtc, operatorId);

    public void Unverify() => (VerifiedAtUtc, VerifiedById) = (null, null);

    /// <summary>What a purchase of <paramref name="amount"/> carries of this year's figures: amount ÷ the
    /// year's sales × each figure, in whole won (jobs to four decimals, carbon to two). None without sales.</summary>
    public SocialValueShare? ShareOf(Won amount)
    {
        if (SalesWon <= 0 || amount.Amount <= 0) return null;
        decimal fraction = (decimal)amount.Amount / SalesWon;
        long WonOf(long figure) => (long)Math.Round(figure * fraction, MidpointRounding.AwayFromZero);
        return new SocialValueShare(Year, WonOf(ProductsWon), WonOf(EmploymentWon), WonOf(FairTradeWon), WonOf(EnvironmentWon),
            Math.Round(VulnerableEmployees * fraction, 4, MidpointRounding.AwayFromZero),
            Math.Round(CarbonKg * fraction, 2, MidpointRounding.AwayFromZero));
    }
}

/// <summary>What the enterprise enters for a year.</summary>
public sealed record SocialValueFigures(long SalesWon, int Beneficiaries, long ProductsWon, int Employees, int VulnerableEmployees,
    long EmploymentWon, long FairTradePurchasesWon, long FairTradeWon, long CarbonKg, long EnvironmentWon, FigureSource Source);

/// <summary>A purchase's share of its seller's figures for the year it was made, fixed when the purchase
/// is confirmed (paid, or inspected): a later correction of the figures does not change it.</summary>
public sealed record SocialValueShare(int Year, long ProductsWon, long EmploymentWon, long FairTradeWon, long EnvironmentWon,
    decimal VulnerableJobs, decimal CarbonKg)
{
    public long TotalWon => ProductsWon + EmploymentWon + FairTradeWon + EnvironmentWon;
}
