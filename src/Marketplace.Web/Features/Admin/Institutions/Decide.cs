using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Institutions;

public static partial class InstitutionReview
{
    public sealed record Decide(string ActorId, int InstitutionId, Decision Decision, string? Reason) : IRequest<bool>, ITransactional, IDecision;

    public sealed class Validator(IStringLocalizer<Texts> texts) : DecisionValidator<Decide>(texts);

    public sealed class DecideHandler(MarketplaceDbContext db) : IRequestHandler<Decide, bool>
    {
        public async Task<bool> Handle(Decide command, CancellationToken ct)
        {
            var institution = await db.Institutions.FirstOrDefaultAsync(i => i.Id == command.InstitutionId, ct);
            if (institution is null) return false;
            if (command.Decision == Decision.Approve) institution.Approve();
            else institution.Reject(command.Reason!);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
