namespace Marketplace.Domain.Audit;

/// <summary>One decision or change of an audited aggregate: who (their name and role as they were),
/// when, what, the subject by the number people quote, and the changed values before and after, as
/// JSON. Entries are only ever added; no page edits them.</summary>
public class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTime atUtc, string actorId, string action, string subjectType, string subjectId, string before, string after,
        string actorName = "", string actorRole = "", string subjectNumber = "")
    {
        AtUtc = atUtc;
        ActorId = actorId;
        ActorName = actorName;
        ActorRole = actorRole;
        SubjectNumber = subjectNumber;
        Action = action;
        SubjectType = subjectType;
        SubjectId = subjectId;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    /// <summary>The role the actor acted in (Operator, InstitutionApprover, …, or System for the app itself).</summary>
    public string ActorRole { get; private set; } = "";
    public string SubjectNumber { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string SubjectType { get; private set; } = "";
    public string SubjectId { get; private set; } = "";
    public string Before { get; private set; } = "";
    public string After { get; private set; } = "";
}
