namespace Marketplace.Domain.Enterprises;

/// <summary>An owner's invitation of a colleague by e-mail; the random id is the link's secret.</summary>
public class EnterpriseInvitation : Members.IInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private EnterpriseInvitation() { }

    public EnterpriseInvitation(int enterpriseId, string email, string invitedById, DateTime createdAtUtc)
    {
        Id = Guid.NewGuid();
        EnterpriseId = enterpriseId;
        Email = email.Trim().ToLowerInvariant();
        InvitedById = invitedById;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }
    public int EnterpriseId { get; private set; }
    public string Email { get; private set; } = "";
    public string InvitedById { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? AcceptedAtUtc { get; private set; }

    public bool IsOpenAt(DateTime nowUtc) => AcceptedAtUtc is null && nowUtc - CreatedAtUtc <= Lifetime;

    public void Accept(DateTime nowUtc) => AcceptedAtUtc = nowUtc;
}
