using Marketplace.Domain.Members;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Members;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Web.Features.Account;

/// <summary><c>POST /account/logout</c>: ends the member's session on the server as well as the cookie,
/// so a copy of the cookie stops working too.</summary>
public static class Logout
{
    public sealed record Command : IRequest<Unit>;

    public sealed class Handler(SignInManager<Member> signIn, MarketplaceDbContext db, Infrastructure.Members.TrustedSessions trusted, IHttpContextAccessor http, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            if (http.HttpContext?.User is { } user) await SignInSessions.EndAsync(db, trusted, user, clock.GetUtcNow().UtcDateTime, ct);
            await signIn.SignOutAsync();
            return Unit.Value;
        }
    }
}
