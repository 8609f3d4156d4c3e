using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Stories;

/// <summary><c>/admin/stories</c>: impact stories waiting for the operator, moderated like listings.</summary>
public static class StoryReview
{
    public sealed record Item(int Id, int EnterpriseId, string EnterpriseName, string Title, string Body, string? PhotoUrl, DateTime CreatedAtUtc);

    public sealed record QueueQuery : IRequest<IReadOnlyList<Item>>;

    public sealed class QueueHandler(MarketplaceDbContext db) : IRequestHandler<QueueQuery, IReadOnlyList<Item>>
    {
        public async Task<IReadOnlyList<Item>> Handle(QueueQuery query, CancellationToken ct) =>
            await db.ImpactStories.AsNoTracking().Where(s => s.Status == ApprovalStatus.Pending).OrderBy(s => s.CreatedAtUtc).Take(100)
                .Join(db.Enterprises, s => s.EnterpriseId, e => e.Id, (s, e) => new Item(s.Id, e.Id, e.Name, s.Title, s.Body, s.PhotoUrl, s.CreatedAtUtc))
                .ToListAsync(ct);
    }

    public sealed record Decide(int StoryId, Decision Decision, string? Reason) : IRequest<bool>, IDecision, ITransactional, IChangesCatalog;

    public sealed class DecideValidator(IStringLocalizer<Texts> texts) : DecisionValidator<Decide>(texts);

    public sealed class DecideHandler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Decide, bool>
    {
        public async Task<bool> Handle(Decide command, CancellationToken ct)
        {
            var story = await db.ImpactStories.FirstOrDefaultAsync(s => s.Id == command.StoryId, ct);
            if (story is null) return false;
            if (command.Decision == Decision.Approve) story.Approve(clock.GetUtcNow().UtcDateTime);
            else story.Reject(command.Reason ?? "");
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
