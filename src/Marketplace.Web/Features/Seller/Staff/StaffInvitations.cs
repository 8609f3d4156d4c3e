namespace Marketplace.Web.Features.Seller.Staff;


/// <summary><c>/seller/staff</c>: the owner invites colleagues by e-mail; the invitee opens the link,
/// signs in or signs up with that address, and joins as staff.
/// Each use case has its file beside this one: Index, Invite, Join.</summary>
public static partial class StaffInvitations
{
    public const string JoinPathPrefix = "/seller/join/";
}
