namespace Marketplace.Domain.Enterprises;

/// <summary>사회적가치지표 (SVI) grade, five grades since 2025. From 2026, firms graded
/// <see cref="Poor"/> or below are to be excluded from public purchasing.</summary>
public enum SviGrade
{
    /// <summary>탁월 (90 and above).</summary>
    Outstanding = 1,
    /// <summary>우수 (75 and above).</summary>
    Excellent = 2,
    /// <summary>양호.</summary>
    Good = 3,
    /// <summary>미흡.</summary>
    Poor = 4,
    /// <summary>취약.</summary>
    Weak = 5,
}

public static class SviGradeRules
{
    /// <summary>Graded 미흡 or below: public buyers should not buy from it.</summary>
    public static bool IsBelowPublicPurchasing(this SviGrade grade) => grade >= SviGrade.Poor;
}

/// <summary>What ordering from an enterprise graded 미흡 or below does: warn and take the buyer's
/// reason, or refuse.</summary>
public enum LowSviRule { WarnWithReason, Block }
