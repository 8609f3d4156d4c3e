using Marketplace.Domain.Common;

namespace Marketplace.Domain.Enterprises;

/// <summary>What an enterprise tells of the good it did, with an optional photo. Shown on its page
/// and on <c>/impact</c> only once the operator approves it, as listings are; an edit asks again.</summary>
public class ImpactStory : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => Title;

    public const int TitleMax = 100, BodyMin = 20, BodyMax = 4000;

    private ImpactStory() { }

    public ImpactStory(int enterpriseId, string title, string body, string? photoUrl, DateTime nowUtc)
    {
        EnterpriseId = enterpriseId;
        CreatedAtUtc = nowUtc;
        Rewrite(title, body, photoUrl);
    }

    public int Id { get; private set; }
    public int EnterpriseId { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public string? PhotoUrl { get; private set; }
    public ApprovalStatus Status { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? PublishedAtUtc { get; private set; }

    public void Rewrite(string title, string body, string? photoUrl)
    {
        title = title.Trim();
        body = body.Trim();
        if (title.Length is 0 or > TitleMax || body.Length is < BodyMin or > BodyMax) throw new DomainException(ErrorCodes.StoryInvalid);
        (Title, Body, PhotoUrl) = (title, body, photoUrl);
        Status = ApprovalStatus.Pending;
        RejectionReason = null;
    }

    public void Approve(DateTime nowUtc)
    {
        if (Status != ApprovalStatus.Pending) throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> Approved");
        Status = ApprovalStatus.Approved;
        PublishedAtUtc = nowUtc;
    }

    public void Reject(string reason)
    {
        if (Status != ApprovalStatus.Pending) throw new DomainException(ErrorCodes.InvalidStatusChange, $"{Status} -> Rejected");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(ErrorCodes.ReasonRequired);
        Status = ApprovalStatus.Rejected;
        RejectionReason = reason.Trim();
    }
}
