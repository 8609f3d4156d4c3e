using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Marketplace.Web.Infrastructure.Settings;

namespace Marketplace.Web.Features.Seller.Staff;

public static partial class StaffInvitations
{
    public sealed record Invite(int EnterpriseId, string OwnerId, string Email) : IRequest<Unit>, ITransactional;

    public sealed class InviteValidator : AbstractValidator<Invite>
    {
        public InviteValidator(IStringLocalizer<Texts> texts) =>
            RuleFor(i => i.Email).NotEmpty().EmailAddress().MaximumLength(254).WithMessage(_ => texts["Account.EmailInvalid"]);
    }

    public sealed class InviteHandler(MarketplaceDbContext db, IEmailSender email, TextCatalog catalog, TimeProvider clock, IOptions<SiteSettings> site) : IRequestHandler<Invite, Unit>
    {
        public async Task<Unit> Handle(Invite command, CancellationToken ct)
        {
            var owner = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == command.OwnerId, ct);
            if (owner is not { IsEnterpriseOwner: true } || owner.EnterpriseId != command.EnterpriseId)
                throw new DomainException(ErrorCodes.OwnersOnly);
            var invitation = new EnterpriseInvitation(command.EnterpriseId, command.Email, command.OwnerId, clock.GetUtcNow().UtcDateTime);
            db.EnterpriseInvitations.Add(invitation);
            await db.SaveChangesAsync(ct);

            var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == command.EnterpriseId).Select(e => e.Name).FirstAsync(ct);
            var link = site.Value.LinkTo($"{JoinPathPrefix}{invitation.Id}");
            await email.SendInBothLanguagesAsync(catalog, invitation.Email, "Mail.Invite.Subject", "Mail.Invite.Body", [enterprise, link], ct);
            return Unit.Value;
        }
    }
}
