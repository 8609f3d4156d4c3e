using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Institutions;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Marketplace.Web.Infrastructure.Settings;

namespace Marketplace.Web.Features.Procurement.Members;

public static partial class InstitutionMembers
{
    public sealed record Invite(int InstitutionId, string ApproverId, string Email, string Role) : IRequest<Unit>, ITransactional;

    public sealed class InviteValidator : AbstractValidator<Invite>
    {
        public InviteValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(i => i.Email).NotEmpty().EmailAddress().MaximumLength(254).WithMessage(_ => texts["Account.EmailInvalid"]);
            RuleFor(i => i.Role).Must(r => InvitableRoles.Contains(r)).WithMessage(_ => texts["InstitutionMembers.RoleInvalid"]);
        }
    }

    public sealed class InviteHandler(MarketplaceDbContext db, IEmailSender email, TextCatalog catalog, TimeProvider clock, IOptions<SiteSettings> site) : IRequestHandler<Invite, Unit>
    {
        public async Task<Unit> Handle(Invite command, CancellationToken ct)
        {
            var invitation = new InstitutionInvitation(command.InstitutionId, command.Email, command.Role, command.ApproverId, clock.GetUtcNow().UtcDateTime);
            db.InstitutionInvitations.Add(invitation);
            await db.SaveChangesAsync(ct);
            var institution = await db.Institutions.AsNoTracking().Where(i => i.Id == command.InstitutionId).Select(i => i.Name).FirstAsync(ct);
            await email.SendInBothLanguagesAsync(catalog, invitation.Email, "Mail.InstitutionInvite.Subject", "Mail.InstitutionInvite.Body",
                [institution, site.Value.LinkTo($"{JoinPathPrefix}{invitation.Id}")], ct);
            return Unit.Value;
        }
    }
}
