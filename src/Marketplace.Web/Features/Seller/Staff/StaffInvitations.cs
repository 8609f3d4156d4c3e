using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Features.Account;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Staff;

/// <summary><c>/seller/staff</c>: the owner invites colleagues by e-mail; the invitee opens the link,
/// signs in or signs up with that address, and joins as staff.</summary>
public static class StaffInvitations
{
    public const string JoinPathPrefix = "/seller/join/";

    public sealed record ListQuery(int EnterpriseId) : IRequest<Page>;

    public sealed record Page(IReadOnlyList<(string Email, string Name, bool Owner)> Staff, IReadOnlyList<(string Email, DateTime CreatedAtUtc)> Open);

    public sealed record Invite(int EnterpriseId, string OwnerId, string Email, string SiteBase) : IRequest<Unit>, ITransactional;

    public sealed record Join(Guid InvitationId, string MemberId) : IRequest<bool>, ITransactional;

    public sealed class InviteValidator : AbstractValidator<Invite>
    {
        public InviteValidator(IStringLocalizer<Texts> texts) =>
            RuleFor(i => i.Email).NotEmpty().EmailAddress().MaximumLength(254).WithMessage(_ => texts["Account.EmailInvalid"]);
    }

    public sealed class Handler(MarketplaceDbContext db, UserManager<Member> users, SignInManager<Member> signIn, IEmailSender email,
        TextCatalog catalog, TimeProvider clock) : IRequestHandler<ListQuery, Page>, IRequestHandler<Invite, Unit>, IRequestHandler<Join, bool>
    {
        public async Task<Page> Handle(ListQuery query, CancellationToken ct)
        {
            var staff = await db.Users.AsNoTracking().Where(u => u.EnterpriseId == query.EnterpriseId)
                .OrderByDescending(u => u.IsEnterpriseOwner).ThenBy(u => u.Email)
                .Select(u => new { u.Email, u.DisplayName, u.IsEnterpriseOwner }).ToListAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var open = (await db.EnterpriseInvitations.AsNoTracking().Where(i => i.EnterpriseId == query.EnterpriseId && i.AcceptedAtUtc == null)
                .OrderByDescending(i => i.CreatedAtUtc).ToListAsync(ct)).Where(i => i.IsOpenAt(now)).ToList();
            return new Page(staff.Select(s => (s.Email ?? "", s.DisplayName, s.IsEnterpriseOwner)).ToList(), open.Select(i => (i.Email, i.CreatedAtUtc)).ToList());
        }

        public async Task<Unit> Handle(Invite command, CancellationToken ct)
        {
            var owner = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == command.OwnerId, ct);
            if (owner is not { IsEnterpriseOwner: true } || owner.EnterpriseId != command.EnterpriseId)
                throw new DomainException(ErrorCodes.OwnersOnly);
            var invitation = new EnterpriseInvitation(command.EnterpriseId, command.Email, command.OwnerId, clock.GetUtcNow().UtcDateTime);
            db.EnterpriseInvitations.Add(invitation);
            await db.SaveChangesAsync(ct);

            var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == command.EnterpriseId).Select(e => e.Name).FirstAsync(ct);
            var link = $"{command.SiteBase}{JoinPathPrefix}{invitation.Id}";
            await email.SendInBothLanguagesAsync(catalog, invitation.Email, "Mail.Invite.Subject", "Mail.Invite.Body", [enterprise, link], ct);
            return Unit.Value;
        }

        public async Task<bool> Handle(Join command, CancellationToken ct)
        {
            var invitation = await db.EnterpriseInvitations.FirstOrDefaultAsync(i => i.Id == command.InvitationId, ct);
            return await users.AcceptInvitationAsync(signIn, invitation, command.MemberId, clock.GetUtcNow().UtcDateTime,
                member => member.JoinEnterprise(invitation!.EnterpriseId), Roles.EnterpriseStaff);
        }
    }
}
