namespace Marketplace.Web.Features.Admin.Enterprises;


/// <summary><c>/admin/enterprises</c>: applications waiting for the operator, approved or rejected
/// with a reason; each decision is written to the audit log in the same transaction.
/// Each use case has its file beside this one: Queue, Decide.</summary>
public static partial class EnterpriseReview
{
}
