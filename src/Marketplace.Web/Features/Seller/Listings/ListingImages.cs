namespace Marketplace.Web.Features.Seller.Listings;


/// <summary>Photos of a listing: added from an upload (checked by content, thumbnailed) or removed.
/// Photos are not reviewed; they show at once.
/// Each use case has its file beside this one: AddImage, RemoveImage.</summary>
public static partial class ListingImages
{
}
