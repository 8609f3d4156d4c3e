using Marketplace.Domain.Common;

namespace Marketplace.Domain.Institutions;

/// <summary>A public body (공공기관, local government, school) that buys in bulk.</summary>
public class Institution : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Name;

    private Institution() { }

    public Institution(string name, string institutionCode, BusinessRegistrationNumber registrationNumber,
        Region region, DateTime createdAtUtc)
    {
        Name = name;
        InstitutionCode = institutionCode;
        RegistrationNumber = registrationNumber.Digits;
        Region = region;
        CreatedAtUtc = createdAtUtc;
        Status = ApprovalStatus.Pending;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The code public bodies are known by (기관코드).</summary>
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
