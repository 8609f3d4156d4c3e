using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Institutions;
using Marketplace.Domain.Members;
using Marketplace.Web.Features.Account;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Members;

/// <summary><c>/procurement/members</c>: the institution's buyers and approvers. An approver invites
/// a colleague by e-mail as buyer or approver; the invitee opens the link, signs in or signs up with
/// that address, and joins with that role.</summary>
public static class InstitutionMembers
{
    public const string JoinPathPrefix = "/procurement/join/";
    public static readonly string[] InvitableRoles = [Roles.InstitutionBuyer, Roles.InstitutionApprover];

    public sealed record ListQuery(int InstitutionId) : IRequest<Page>;

    public sealed record Person(string Email, string Name, string Role);

    public sealed record Page(IReadOnlyList<Person> Members, IReadOnlyList<(string Email, string Role, DateTime CreatedAtUtc)> Open);

    public sealed record Invite(int InstitutionId, string ApproverId, string Email, string Role, string SiteBase) : IRequest<Unit>, ITransactional;

    public sealed record Join(Guid InvitationId, string MemberId) : IRequest<bool>, ITransactional;

    public sealed class InviteValidator : AbstractValidator<Invite>
    {
        public InviteValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(i => i.Email).NotEmpty().EmailAddress().MaximumLength(254).WithMessage(_ => texts["Account.EmailInvalid"]);
            RuleFor(i => i.Role).Must(r => InvitableRoles.Contains(r)).WithMessage(_ => texts["InstitutionMembers.RoleInvalid"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, UserManager<Member> users, SignInManager<Member> signIn, IEmailSender email,
        TextCatalog catalog, TimeProvider clock) : IRequestHandler<ListQuery, Page>, IRequestHandler<Invite, Unit>, IRequestHandler<Join, bool>
    {
        public async Task<Page> Handle(ListQuery query, CancellationToken ct)
        {
            var members = await (
                from u in db.Users.AsNoTracking()
                where u.InstitutionId == query.InstitutionId
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where r.Name == Roles.InstitutionBuyer || r.Name == Roles.InstitutionApprover
                orderby u.Email
                select new { u.Email, u.DisplayName, Role = r.Name! })
                .ToListAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var open = (await db.InstitutionInvitations.AsNoTracking().Where(i => i.InstitutionId == query.InstitutionId && i.AcceptedAtUtc == null)
                .OrderByDescending(i => i.CreatedAtUtc).ToListAsync(ct)).Where(i => i.IsOpenAt(now)).ToList();
            return new Page(members.Select(m => new Person(m.Email ?? "", m.DisplayName, m.Role)).ToList(),
                open.Select(i => (i.Email, i.Role, i.CreatedAtUtc)).ToList());
        }

        public async Task<Unit> Handle(Invite command, CancellationToken ct)
        {
            var invitation = new InstitutionInvitation(command.InstitutionId, command.Email, command.Role, command.ApproverId, clock.GetUtcNow().UtcDateTime);
            db.InstitutionInvitations.Add(invitation);
            await db.SaveChangesAsync(ct);
            var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == command.InstitutionId).Select(i => i.Name).FirstAsync(ct);
            await email.SendInBothLanguagesAsync(catalog, invitation.Email, "Mail.InstitutionInvite.Subject", "Mail.InstitutionInvite.Body",
                [institution, $"{command.SiteBase}{JoinPathPrefix}{invitation.Id}"], ct);
            return Unit.Value;
        }

        public async Task<bool> Handle(Join command, CancellationToken ct)
        {
            var invitation = await db.InstitutionInvitations.FirstOrDefaultAsync(i => i.Id == command.InvitationId, ct);
            return await users.AcceptInvitationAsync(signIn, invitation, command.MemberId, clock.GetUtcNow().UtcDateTime,
                member => member.JoinInstitution(invitation!.InstitutionId), invitation?.Role ?? "");
        }
    }
}
