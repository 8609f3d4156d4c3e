using Marketplace.Domain.Common;
using Marketplace.Domain.Members;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Features.Account;

/// <summary>After a member joins an enterprise or an institution: save the link (and whatever else
/// the context holds), give the role that goes with it, and renew their sign-in so the role applies
/// on their next request rather than at their next sign-in.</summary>
public static class MemberLinks
{
    public static async Task SaveLinkWithRoleAsync(this UserManager<Member> users, SignInManager<Member> signIn, Member member, string role)
    {
        await users.UpdateAsync(member);
        if (!await users.IsInRoleAsync(member, role)) await users.AddToRoleAsync(member, role);
        await signIn.RefreshSignInAsync(member);
    }

    /// <summary>Accepts an invitation for the signed-in member: false when it is unknown, used or too
    /// old; refused when the member is not the invited address (a forwarded link is of no use).</summary>
    public static async Task<bool> AcceptInvitationAsync(this UserManager<Member> users, SignInManager<Member> signIn,
        IInvitation? invitation, string memberId, DateTime nowUtc, Action<Member> join, string role)
    {
        if (invitation is null || !invitation.IsOpenAt(nowUtc)) return false;
        var member = await users.FindByIdAsync(memberId) ?? throw new InvalidOperationException("No such member.");
        if (!string.Equals(member.Email, invitation.Email, StringComparison.OrdinalIgnoreCase)) throw new DomainException(ErrorCodes.InvitationForSomeoneElse);
        join(member);
        invitation.Accept(nowUtc);
        await users.SaveLinkWithRoleAsync(signIn, member, role);
        return true;
    }
}
