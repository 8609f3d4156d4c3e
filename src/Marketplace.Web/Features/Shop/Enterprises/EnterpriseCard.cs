using Marketplace.Domain.Common;
using Marketplace.Domain.Enterprises;

namespace Marketplace.Web.Features.Shop.Enterprises;

/// <summary>Who is behind a product: type, region, certification and social-value figures.
/// Buyers check these on product and enterprise pages.</summary>
public sealed class EnterpriseCard
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string NameEn { get; init; } = "";
    public EnterpriseType Type { get; init; }
    public Region Region { get; init; }
    public string RegistrationNumber { get; init; } = "";
    public string? CertificationNumber { get; init; }
    public DateOnly? CertificationExpiresOn { get; init; }
    public string SocialMission { get; init; } = "";
    public string SocialMissionEn { get; init; } = "";
    /// <summary>The latest year's social-value figures; null when the enterprise has reported none.</summary>
    public YearFigures? Figures { get; init; }
    public string? LogoUrl { get; init; }
    public SviGrade? SviGrade { get; init; }
    public int? SviYear { get; init; }

    public CertificationState CertificationOn(DateOnly today) => Certification.StateOn(CertificationExpiresOn, today);

    public string RegistrationNumberDisplay => BusinessRegistrationNumber.TryParse(RegistrationNumber, out var n) ? n.ToString() : RegistrationNumber;

    public sealed record YearFigures(int Year, long TotalWon, int Employees, int VulnerableEmployees, long CarbonKg, FigureSource Source, bool Verified);

    public sealed class Profile : AutoMapper.Profile
    {
        public Profile() => CreateProjection<Enterprise, EnterpriseCard>()
            .ForMember(d => d.Figures, o => o.MapFrom(e => e.SocialValueYears.OrderByDescending(y => y.Year)
                .Select(y => new YearFigures(y.Year, y.TotalWon, y.Employees, y.VulnerableEmployees, y.CarbonKg, y.Source, y.VerifiedAtUtc != null))
                .FirstOrDefault()));
    }
}
