namespace Marketplace.Domain.Institutions;

/// <summary>An approver's invitation of a colleague as buyer or approver; the random id is the link's secret.</summary>
public class InstitutionInvitation : Members.IInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private InstitutionInvitation() { }

    public InstitutionInvitation(int institutionId, string email, string role, string invitedById, DateTime createdAtUtc)
    {
        Id = Guid.NewGuid();
        InstitutionId = institutionId;
        Email = email.Trim().ToLowerInvariant();
        Role = role;
        InvitedById = invitedById;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }
    public int InstitutionId { get; private set; }
    public string Email { get; private set; } = "";
    /// <summary><c>InstitutionBuyer</c> or <c>InstitutionApprover</c>.</summary>
    public string Role { get; private set; } = "";
    public string InvitedById { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? AcceptedAtUtc { get; private set; }

    public bool IsOpenAt(DateTime nowUtc) => AcceptedAtUtc is null && nowUtc - CreatedAtUtc <= Lifetime;

    public void Accept(DateTime nowUtc) => AcceptedAtUtc = nowUtc;
}
