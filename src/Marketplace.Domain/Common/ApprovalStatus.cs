namespace Marketplace.Domain.Common;

/// <summary>Where an enterprise or institution stands with the operator.</summary>
public enum ApprovalStatus { Pending, Approved, Rejected, Suspended }
