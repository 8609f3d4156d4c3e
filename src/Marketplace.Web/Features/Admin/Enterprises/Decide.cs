using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Enterprises;

public static partial class EnterpriseReview
{
    public sealed record Decide(string ActorId, int EnterpriseId, Decision Decision, string? Reason) : IRequest<bool>, ITransactional, IChangesCatalog, IDecision;

    public sealed class Validator(IStringLocalizer<Texts> texts) : DecisionValidator<Decide>(texts);

    public sealed class DecideHandler(MarketplaceDbContext db) : IRequestHandler<Decide, bool>
    {
        public async Task<bool> Handle(Decide command, CancellationToken ct)
        {
            var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == command.EnterpriseId, ct);
            if (enterprise is null) return false;
            if (command.Decision == Decision.Approve) enterprise.Approve();
            else enterprise.Reject(command.Reason!);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
