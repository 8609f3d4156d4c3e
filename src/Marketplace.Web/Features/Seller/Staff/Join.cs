using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Features.Account;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Staff;

public static partial class StaffInvitations
{
    public sealed record Join(Guid InvitationId, string MemberId) : IRequest<bool>, ITransactional;

    public sealed class JoinHandler(MarketplaceDbContext db, UserManager<Member> users, SignInManager<Member> signIn, TimeProvider clock) : IRequestHandler<Join, bool>
    {
        public async Task<bool> Handle(Join command, CancellationToken ct)
        {
            var invitation = await db.EnterpriseInvitations.FirstOrDefaultAsync(i => i.Id == command.InvitationId, ct);
            return await users.AcceptInvitationAsync(signIn, invitation, command.MemberId, clock.GetUtcNow().UtcDateTime,
                member => member.JoinEnterprise(invitation!.EnterpriseId), Roles.EnterpriseStaff);
        }
    }
}
