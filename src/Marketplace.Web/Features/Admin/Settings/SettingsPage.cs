using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.Settings;

/// <summary><c>/admin/settings</c>: current values, their history, and a change (which the audit log records too).</summary>
public static partial class SettingsPage
{
    public sealed record Query : IRequest<Model>;

    public sealed record Model(IReadOnlyList<(PlatformSettings.Definition Definition, decimal Value)> Current, IReadOnlyList<PastChange> History);

    /// <summary>One past change, as the settings page lists it.</summary>
    public sealed record PastChange(DateTime ChangedAtUtc, string Key, string Value);

    public sealed class Handler(MarketplaceDbContext db, PlatformSettings settings) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var current = new List<(PlatformSettings.Definition, decimal)>();
            foreach (var definition in PlatformSettings.All) current.Add((definition, await settings.GetAsync(definition.Key, ct)));
            var history = await db.PlatformSettings.AsNoTracking().OrderByDescending(s => s.ChangedAtUtc).ThenByDescending(s => s.Id).Take(100)
                .Select(s => new PastChange(s.ChangedAtUtc, s.Key, s.Value)).ToListAsync(ct);
            return new Model(current, history);
        }
    }
}
