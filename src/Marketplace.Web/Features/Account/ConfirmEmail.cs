using Marketplace.Domain.Members;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Features.Account;

/// <summary><c>/account/confirm</c>: the link of the sign-up mail. It proves the address, finishes the
/// account and signs the new member in, once; a wrong, expired or already used link changes nothing.</summary>
public static class ConfirmEmail
{
    /// <summary>Answers the member's id, or null when the link is not valid.</summary>
    public sealed record Command(string? MemberId, string? Token) : IRequest<string?>;

    public sealed class Handler(UserManager<Member> users, SignInManager<Member> signIn) : IRequestHandler<Command, string?>
    {
        public async Task<string?> Handle(Command command, CancellationToken ct)
        {
            if (command.MemberId is not { Length: > 0 } id || command.Token is not { Length: > 0 } token) return null;
            if (await users.FindByIdAsync(id) is not { } member) return null;
            // Used once: a link opened again (or found later in a mailbox) signs nobody in.
            if (member.EmailConfirmed || !(await users.ConfirmEmailAsync(member, token)).Succeeded) return null;
            await signIn.SignInAsync(member, isPersistent: false);
            return member.Id;
        }
    }
}
