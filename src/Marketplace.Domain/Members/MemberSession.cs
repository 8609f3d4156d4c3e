namespace Marketplace.Domain.Members;

/// <summary>One signed-in browser. The sign-in cookie names it, and every request checks that it has
/// not ended, so signing out ends the cookie everywhere it was copied to.</summary>
public class MemberSession
{
    private MemberSession() { }

    public MemberSession(string memberId, DateTime startedAtUtc)
    {
        Id = Guid.NewGuid();
        MemberId = memberId;
        StartedAtUtc = startedAtUtc;
    }

    public Guid Id { get; private set; }
    public string MemberId { get; private set; } = "";
    public DateTime StartedAtUtc { get; private set; }
    public DateTime? EndedAtUtc { get; private set; }

    public bool IsActive => EndedAtUtc is null;

    public void End(DateTime nowUtc) => EndedAtUtc ??= nowUtc;
}
