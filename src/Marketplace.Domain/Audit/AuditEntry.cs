namespace Marketplace.Domain.Audit;

/// <summary>One decision of the operator (or another privileged change): who, when, what, and the
/// subject's state before and after, as JSON. Entries are only ever added; no page edits them.</summary>
public class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTime atUtc, string actorId, string action, string subjectType, string subjectId, string before, string after)
    {
        AtUtc = atUtc;
        ActorId = actorId;
        Action = action;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string ActorId { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string SubjectType { get; private set; } = "";
    public string SubjectId { get; private set; } = "";
    public string Before { get; private set; } = "";
    public string After { get; private set; } = "";
}
