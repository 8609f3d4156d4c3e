using Marketplace.Domain.Common;

namespace Marketplace.Domain.Enterprises;

public class Enterprise : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Name;

    private readonly List<SocialValueYear> _socialValueYears = [];

    private Enterprise() { }

    public Enterprise(
        string name,
        string nameEn,
        EnterpriseType type,
        BusinessRegistrationNumber registrationNumber,
        Region region,
        DateTime createdAtUtc)
    {
        Name = name;
        NameEn = nameEn;
        Type = type;
        RegistrationNumber = registrationNumber.Digits;
        Region = region;
        CreatedAtUtc = createdAtUtc;
        Status = ApprovalStatus.Pending;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public EnterpriseType Type { get; private set; }
    /// <summary>Ten digits, checksum-validated on the way in.</summary>
    public string RegistrationNumber { get; private set; } = "";
    public string? CertificationNumber { get; private set; }
    public DateOnly? CertificationExpiresOn { get; private set; }
    public Region Region { get; private set; }
    public string Story { get; private set; } = "";
    public string StoryEn { get; private set; } = "";
    public string SocialMission { get; private set; } = "";
    public string SocialMissionEn { get; private set; } = "";
    /// <summary>The figures by year; each is its own aggregate, kept through <see cref="SocialValueYear"/>.</summary>
    public IReadOnlyList<SocialValueYear> SocialValueYears => _socialValueYears;
    public ApprovalStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public string? RepresentativeName { get; private set; }
    /// <summary>Where settlements are paid.</summary>
    public SettlementAccount? SettlementAccount { get; private set; }
    /// <summary>The supporting document of the application (a stored file's key, never a public path).</summary>
    public string? DocumentKey { get; private set; }
    public string? DocumentContentType { get; private set; }
    /// <summary>The operator's reason when the application was rejected.</summary>
    public string? RejectionReason { get; private set; }
    /// <summary>The storefront's logo (an uploaded image's address), shown on the enterprise card.</summary>
    public string? LogoUrl { get; private set; }

    /// <summary>What a consumer is told about the seller (전자상거래법 §13, §20): without it no consumer listing is published.</summary>
    public SellerInformation? Seller { get; private set; }
    /// <summary>The latest SVI grade the operator recorded, and the year it was measured for.</summary>
    public SviGrade? SviGrade { get; private set; }
    public int? SviYear { get; private set; }

    public void RecordSvi(SviGrade? grade, int? year, int currentYear)
    {
        if (grade is null) { (SviGrade, SviYear) = (null, null); return; }
        if (year is not { } y || y < 2018 || y > currentYear) throw new DomainException(ErrorCodes.SviYearOutOfRange, $"{year}");
        if (!Enum.IsDefined(grade.Value)) throw new DomainException(ErrorCodes.SviYearOutOfRange, $"{grade}");
        (SviGrade, SviYear) = (grade, y);
    }

    public bool HasSellerInformation => Seller is not null && !string.IsNullOrWhiteSpace(RepresentativeName);

    public void DescribeSeller(string representativeName, SellerInformation seller)
    {
        RepresentativeName = representativeName.Trim();
        Seller = seller;
    }

    public void SetLogo(string? url) => LogoUrl = url;

    public long ShippingBaseFeeWon { get; private set; }
    public long? FreeShippingOverWon { get; private set; }
    public long JejuExtraFeeWon { get; private set; }
    public long IslandExtraFeeWon { get; private set; }

    /// <summary>The enterprise's shipping policy; a new enterprise ships free until it sets one.</summary>
    public Ordering.ShippingPolicy Shipping => new(ShippingBaseFeeWon, FreeShippingOverWon, JejuExtraFeeWon, IslandExtraFeeWon);

    public void SetShipping(Ordering.ShippingPolicy policy)
    {
        var checkedPolicy = Ordering.ShippingPolicy.Of(policy.BaseFeeWon, policy.FreeOverWon, policy.JejuExtraWon, policy.IslandExtraWon);
        (ShippingBaseFeeWon, FreeShippingOverWon, JejuExtraFeeWon, IslandExtraFeeWon) =
            (checkedPolicy.BaseFeeWon, checkedPolicy.FreeOverWon, checkedPolicy.JejuExtraWon, checkedPolicy.IslandExtraWon);
    }

    /// <summary>What an applicant tells about the enterprise beyond the basics.</summary>
    public void CompleteApplication(string representativeName, SettlementAccount account, string documentKey, string documentContentType)
    {
        RepresentativeName = representativeName.Trim();
        SettlementAccount = account;
        DocumentKey = documentKey;
        DocumentContentType = documentContentType;
    }

    public void Reject(string reason)
    {
        if (Status != ApprovalStatus.Pending) throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> Rejected");
        Status = ApprovalStatus.Rejected;
        RejectionReason = reason.Trim();
    }

    public void Certify(string certificationNumber, DateOnly expiresOn)
    {
        CertificationNumber = certificationNumber;
        CertificationExpiresOn = expiresOn;
    }

    public void DescribeStory(string mission, string missionEn, string story, string storyEn)
    {
        SocialMission = mission;
        SocialMissionEn = missionEn;
        Story = story;
        StoryEn = storyEn;
    }

    public void Approve()
    {
        if (Status == ApprovalStatus.Approved) return;
        if (Status != ApprovalStatus.Pending && Status != ApprovalStatus.Suspended)
            throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> Approved");
        Status = ApprovalStatus.Approved;
        RejectionReason = null;
    }

    /// <summary>A certification counts only until the end of its expiry date.</summary>
    public bool IsCertifiedOn(DateOnly day) =>
        Certification.StateOn(CertificationExpiresOn, day) == CertificationState.Valid;
}

/// <summary>A bank account for settlement payouts.</summary>
public sealed record SettlementAccount(string Bank, string AccountNumber, string Holder);

/// <summary>The seller's 통신판매업 신고번호 (or its exemption under §12 ②), contact and return address.</summary>
public sealed record SellerInformation(string? MailOrderNumber, bool MailOrderExempt, string Phone, string Email, string Address, string ReturnAddress);
