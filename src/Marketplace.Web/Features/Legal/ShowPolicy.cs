using Marketplace.Domain.Data;
using Marketplace.Domain.Legal;
using Marketplace.Web.Features.Admin.Settings;
using Marketplace.Web.Infrastructure.Settings;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Legal;

/// <summary><c>/terms</c> and <c>/privacy</c>: the current version, or an earlier one by <c>?version=</c>,
/// with the list of every version and when it took effect.</summary>
public static class ShowPolicy
{
    public sealed record Query(PolicyKind Kind, int? Version) : IRequest<Model?>;

    public sealed record Model(Policies.Version Shown, int Current, IReadOnlyList<(int Number, DateTime? PublishedAtUtc)> Versions, OperatorSettings Business);

    public sealed class Handler(MarketplaceDbContext db, IMediator mediator) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query query, CancellationToken ct)
        {
            var current = await Policies.CurrentAsync(db, query.Kind, ct);
            var shown = query.Version is { } number && number != current.Number ? await Policies.VersionAsync(db, query.Kind, number, ct) : current;
            if (shown is null) return null;
            var published = await db.PolicyDocuments.AsNoTracking().Where(p => p.Kind == query.Kind).OrderByDescending(p => p.Version)
                .Select(p => new { p.Version, p.PublishedAtUtc }).ToListAsync(ct);
            var versions = published.Select(p => (p.Version, p.PublishedAtUtc == Policies.ShippedAtUtc ? null : (DateTime?)p.PublishedAtUtc)).ToList();
            if (!versions.Any(v => v.Version == 1)) versions.Add((1, null));
            return new Model(shown, current.Number, versions, await mediator.Send(new OperatorDetails.Query(), ct));
        }
    }
}
