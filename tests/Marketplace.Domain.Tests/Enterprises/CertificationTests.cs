using Marketplace.Domain.Common;
using Marketplace.Domain.Enterprises;

namespace Marketplace.Domain.Tests.Enterprises;

public class CertificationTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void A_certification_counts_through_its_expiry_date() =>
        Assert.Equal(CertificationState.Valid, Certification.StateOn(Today, Today));

    [Fact]
    public void A_certification_is_expired_the_day_after() =>
        Assert.Equal(CertificationState.Expired, Certification.StateOn(Today.AddDays(-1), Today));

    [Fact]
    public void No_expiry_means_no_certification() =>
        Assert.Equal(CertificationState.None, Certification.StateOn(null, Today));

    [Fact]
    public void The_korean_day_starts_at_midnight_kst_not_utc()
    {
        // 2026-11-21 15:30 UTC is 2026-11-22 00:30 in Korea.
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 15, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 11, 22), KoreaTime.Today(clock));
    }

    [Fact]
    public void An_enterprise_with_a_lapsed_certification_is_not_certified()
    {
        var enterprise = new Enterprise("행복클린", "Happy Clean", EnterpriseType.CertifiedSocialEnterprise,
            BusinessRegistrationNumber.Parse("1234567891"), Region.Seoul, DateTime.UtcNow);
        enterprise.Certify("2020-101", Today.AddDays(-1));
        Assert.False(enterprise.IsCertifiedOn(Today));
        enterprise.Certify("2026-101", Today.AddYears(3));
        Assert.True(enterprise.IsCertifiedOn(Today));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
