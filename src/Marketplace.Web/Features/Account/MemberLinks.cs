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
}
