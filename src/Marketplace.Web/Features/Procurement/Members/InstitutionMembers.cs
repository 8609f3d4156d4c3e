using Marketplace.Domain.Members;

namespace Marketplace.Web.Features.Procurement.Members;


/// <summary><c>/procurement/members</c>: the institution's buyers and approvers. An approver invites
/// a colleague by e-mail as buyer or approver; the invitee opens the link, signs in or signs up with
/// that address, and joins with that role.
/// Each use case has its file beside this one: Index, Invite, Join.</summary>
public static partial class InstitutionMembers
{
    public const string JoinPathPrefix = "/procurement/join/";

    public static readonly string[] InvitableRoles = [Roles.InstitutionBuyer, Roles.InstitutionApprover];
}
