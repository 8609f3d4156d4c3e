namespace Marketplace.Domain.Audit;

/// <summary>An aggregate whose changes the audit log records on every save, whoever makes them:
/// the operator's decisions, institutions' approvals and inspections, enterprises' confirmations and
/// shipments, payments, refunds and settings. <see cref="AuditNumber"/> is how people name it
/// (PO-2026-000012, a listing's name), so the log reads without ids.</summary>
public interface IAudited
{
    string AuditNumber { get; }
}
