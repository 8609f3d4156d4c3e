using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Enterprises;

/// <summary><c>/admin/enterprises</c>: applications waiting for the operator, approved or rejected
/// with a reason; each decision is written to the audit log in the same transaction.</summary>
public static class EnterpriseReview
{
    public sealed record QueueQuery : IRequest<IReadOnlyList<Enterprise>>;

    public sealed record Decide(string ActorId, int EnterpriseId, Decision Decision, string? Reason) : IRequest<bool>, ITransactional, IChangesCatalog, IDecision;

    public sealed class Validator(IStringLocalizer<Texts> texts) : DecisionValidator<Decide>(texts);

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<QueueQuery, IReadOnlyList<Enterprise>>, IRequestHandler<Decide, bool>
    {
        public async Task<IReadOnlyList<Enterprise>> Handle(QueueQuery query, CancellationToken ct) =>
            await db.Enterprises.AsNoTracking().Where(e => e.Status == ApprovalStatus.Pending).OrderBy(e => e.CreatedAtUtc).Take(200).ToListAsync(ct);

        public async Task<bool> Handle(Decide command, CancellationToken ct)
        {
            var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == command.EnterpriseId, ct);
            if (enterprise is null) return false;
            var before = new { enterprise.Status, enterprise.RejectionReason };
            if (command.Decision == Decision.Approve) enterprise.Approve();
            else enterprise.Reject(command.Reason!);
            db.Record(clock.GetUtcNow().UtcDateTime, command.ActorId, $"enterprise.{command.Decision.ToString().ToLowerInvariant()}",
                "Enterprise", enterprise.Id, before, new { enterprise.Status, enterprise.RejectionReason });
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
