using Marketplace.Domain.Members;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Features.Account;

/// <summary><c>POST /account/logout</c>: ends the member's session.</summary>
public static class Logout
{
    public sealed record Command : IRequest<Unit>;

    public sealed class Handler(SignInManager<Member> signIn) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            await signIn.SignOutAsync();
            return Unit.Value;
        }
    }
}
