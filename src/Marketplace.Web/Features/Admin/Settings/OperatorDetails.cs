using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Settings;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Features.Admin.Settings;

/// <summary>Who runs the shop: configuration's <c>Operator:*</c>, overridden field by field by the operator's
/// latest change on <c>/admin/settings/operator</c> (kept as <c>Operator:{Field}</c> platform settings, so the
/// settings history and the audit log show who changed what). The footer of every page reads it.</summary>
public static partial class OperatorDetails
{
    public const string KeyPrefix = "Operator:";

    public sealed record Query : IRequest<OperatorSettings>, ISharedQuery
    {
        public TimeSpan CacheFor => TimeSpan.FromSeconds(30);
    }

    public sealed class Handler(MarketplaceDbContext db, IOptions<OperatorSettings> configured) : IRequestHandler<Query, OperatorSettings>
    {
        public async Task<OperatorSettings> Handle(Query query, CancellationToken ct)
        {
            var changes = await db.PlatformSettings.AsNoTracking().Where(s => s.Key.StartsWith(KeyPrefix))
                .Select(s => new { s.Key, s.Value, s.ChangedAtUtc, s.Id }).ToListAsync(ct);
            var latest = changes.GroupBy(c => c.Key[KeyPrefix.Length..])
                .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.ChangedAtUtc).ThenByDescending(c => c.Id).First().Value);
            var c = configured.Value;
            string Pick(string field, string fallback) => latest.TryGetValue(field, out var value) ? value : fallback;
            return new OperatorSettings
            {
                TradeName = Pick(nameof(c.TradeName), c.TradeName),
                Representative = Pick(nameof(c.Representative), c.Representative),
                Address = Pick(nameof(c.Address), c.Address),
                Phone = Pick(nameof(c.Phone), c.Phone),
                Email = Pick(nameof(c.Email), c.Email),
                RegistrationNumber = Pick(nameof(c.RegistrationNumber), c.RegistrationNumber),
                MailOrderNumber = Pick(nameof(c.MailOrderNumber), c.MailOrderNumber),
                HostingProvider = Pick(nameof(c.HostingProvider), c.HostingProvider),
                PrivacyOfficer = Pick(nameof(c.PrivacyOfficer), c.PrivacyOfficer),
                PrivacyOfficerContact = Pick(nameof(c.PrivacyOfficerContact), c.PrivacyOfficerContact),
            };
        }
    }
}
