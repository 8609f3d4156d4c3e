namespace Marketplace.Domain.Enterprises;

/// <summary>Social-value figures an enterprise publishes, as in Seoul's social-performance scheme.</summary>
public sealed record SocialValue(
    int VulnerableGroupJobs,
    int TotalJobs,
    long CarbonReducedKg,
    long SocialValueWon)
{
    public static readonly SocialValue None = new(0, 0, 0, 0);
}
