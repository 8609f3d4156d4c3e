namespace Marketplace.Web.Features.Admin.Institutions;


/// <summary><c>/admin/institutions</c>: public bodies waiting to be verified; decisions go to the audit log.
/// Each use case has its file beside this one: Queue, Decide.</summary>
public static partial class InstitutionReview
{
}
