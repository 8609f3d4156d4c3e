namespace Marketplace.Domain.Enterprises;

/// <summary>The five kinds of social-economy enterprise (DOMAIN.md).</summary>
public enum EnterpriseType
{
    /// <summary>사회적기업, certified by the Ministry of Employment and Labor.</summary>
    CertifiedSocialEnterprise,
    /// <summary>예비사회적기업, designated for a limited period.</summary>
    PreCertifiedSocialEnterprise,
    /// <summary>협동조합 / 사회적협동조합.</summary>
    Cooperative,
    /// <summary>마을기업.</summary>
    VillageEnterprise,
    /// <summary>자활기업.</summary>
    SelfSufficiencyEnterprise,
}
