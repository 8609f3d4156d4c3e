using Marketplace.Domain.Common;

namespace Marketplace.Domain.Institutions;

/// <summary>Who buys in bulk: a public body under the preferential-purchase law, or a company buying
/// from the social economy for its ESG report (기업 구매). Both use the same procurement flow.</summary>
public enum BuyerKind { Public, Company }

/// <summary>A public body (공공기관, local government, school) or a company that buys in bulk.</summary>
public class Institution : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Name;

    private Institution() { }

    public Institution(string name, string institutionCode, BusinessRegistrationNumber registrationNumber,
        Region region, DateTime createdAtUtc, BuyerKind kind = BuyerKind.Public)
    {
        Kind = kind;
        Name = name;
        InstitutionCode = institutionCode;
        RegistrationNumber = registrationNumber.Digits;
        Region = region;
        CreatedAtUtc = createdAtUtc;
        Status = ApprovalStatus.Pending;
    }

    public int Id { get; private set; }
    public BuyerKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The code public bodies are known by (기관코드); a company's is its registration number.</summary>
    public string InstitutionCode { get; private set; } = "";
    public string RegistrationNumber { get; private set; } = "";
    public Region Region { get; private set; }
    public ApprovalStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public string? RejectionReason { get; private set; }
    public string? Address { get; private set; }
    /// <summary>Who the operator and enterprises reach at the institution.</summary>
    public string? ContactName { get; private set; }
    public string? ContactPhone { get; private set; }

    public void SetContact(string address, string contactName, string contactPhone)
    {
        Address = address.Trim();
        ContactName = contactName.Trim();
        ContactPhone = contactPhone.Trim();
    }

    public void Approve()
    {
        if (Status is ApprovalStatus.Rejected)
            throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> Approved");
        Status = ApprovalStatus.Approved;
        RejectionReason = null;
    }

    public void Reject(string reason)
    {
        if (Status != ApprovalStatus.Pending) throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> Rejected");
        Status = ApprovalStatus.Rejected;
        RejectionReason = reason.Trim();
    }
}
