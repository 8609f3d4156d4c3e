namespace Marketplace.Domain.Enterprises;

public enum CertificationState { None, Valid, Expired }

public static class Certification
{
    /// <summary>A certification counts through the end of its expiry date (KST).</summary>
    public static CertificationState StateOn(DateOnly? expiresOn, DateOnly today) => expiresOn switch
    {
        null => CertificationState.None,
        { } expires when today <= expires => CertificationState.Valid,
        _ => CertificationState.Expired,
    };
}
