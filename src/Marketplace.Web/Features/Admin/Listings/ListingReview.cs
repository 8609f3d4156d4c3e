namespace Marketplace.Web.Features.Admin.Listings;


/// <summary><c>/admin/listings</c>: new listings and changes to published ones, waiting for the operator.
/// Each use case has its file beside this one: Queue, Decide.</summary>
public static partial class ListingReview
{
}
