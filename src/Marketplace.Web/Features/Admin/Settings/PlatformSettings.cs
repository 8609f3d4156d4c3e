using System.Globalization;
using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Reporting;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Marketplace.Web.Infrastructure.Settings;

namespace Marketplace.Web.Features.Admin.Settings;

/// <summary>The operator's settings, read by the rest of the product from the moment they change.
/// Until the operator sets one, its value comes from configuration.</summary>
public sealed class PlatformSettings(MarketplaceDbContext db, IOptions<SettlementSettings> settlement, IOptions<ProcurementSettings> procurement)
{
    public sealed record Definition(string Key, string ConfigurationKey, decimal Min, decimal Max);

    public const string CommissionRate = "CommissionRate";
    public const string SingleQuoteCapWon = "SingleQuoteCapWon";
    public const string InvoiceDueDays = "InvoiceDueDays";

    public static readonly IReadOnlyList<Definition> All =
    [
        new(CommissionRate, "Settlement:CommissionRate", 0m, 0.3m),
        new(SingleQuoteCapWon, "Procurement:SingleQuoteCapWon", 0m, 10_000_000_000m),
        new(InvoiceDueDays, "Procurement:InvoiceDueDays", 1m, 365m),
    ];

    /// <summary>What is wrong with a configured default, by the same bounds the operator's changes obey.</summary>
    public static IEnumerable<string> ProblemsOfDefault(string key, decimal value)
    {
        var definition = All.Single(d => d.Key == key);
        return Check.Range(definition.ConfigurationKey, value, definition.Min, definition.Max);
    }

    public async Task<decimal> GetAsync(string key, CancellationToken ct)
    {
        var latest = await db.PlatformSettings.AsNoTracking().Where(s => s.Key == key)
            .OrderByDescending(s => s.ChangedAtUtc).ThenByDescending(s => s.Id).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return latest is not null ? decimal.Parse(latest, CultureInfo.InvariantCulture) : DefaultOf(key);
    }

    private decimal DefaultOf(string key) => key switch
    {
        CommissionRate => settlement.Value.CommissionRate,
        SingleQuoteCapWon => procurement.Value.SingleQuoteCapWon,
        InvoiceDueDays => procurement.Value.InvoiceDueDays,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "No such platform setting."),
    };
}

/// <summary><c>/admin/settings</c>: current values, their history, and a change (which the audit log records too).</summary>
public static class SettingsPage
{
    public sealed record Query : IRequest<Model>;

    public sealed record Model(IReadOnlyList<(PlatformSettings.Definition Definition, decimal Value)> Current, IReadOnlyList<PastChange> History);

    /// <summary>One past change, as the settings page lists it.</summary>
    public sealed record PastChange(DateTime ChangedAtUtc, string Key, string Value);

    /// <param name="Value">Null when the form's value was left empty.</param>
    public sealed record Change(string ActorId, string Key, decimal? Value) : IRequest<Unit>, ITransactional;

    public sealed class Validator : AbstractValidator<Change>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Key).Must(k => PlatformSettings.All.Any(d => d.Key == k)).WithMessage(_ => texts["Settings.Unknown"]);
            RuleFor(c => c.Value).NotNull().WithMessage(_ => texts["Settings.ValueRequired"]);
            RuleFor(c => c).Must(c => c.Value is null || PlatformSettings.All.FirstOrDefault(d => d.Key == c.Key) is not { } d || (c.Value >= d.Min && c.Value <= d.Max))
                .WithName("Value").WithMessage(c => texts["Settings.OutOfRange", PlatformSettings.All.FirstOrDefault(d => d.Key == c.Key)?.Min ?? 0, PlatformSettings.All.FirstOrDefault(d => d.Key == c.Key)?.Max ?? 0]);
            RuleFor(c => c.Value).Must(v => v is null || v == decimal.Truncate(v.Value)).When(c => c.Key != PlatformSettings.CommissionRate).WithMessage(_ => texts["Settings.WholeNumber"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, PlatformSettings settings, TimeProvider clock) : IRequestHandler<Query, Model>, IRequestHandler<Change, Unit>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var current = new List<(PlatformSettings.Definition, decimal)>();
            foreach (var definition in PlatformSettings.All) current.Add((definition, await settings.GetAsync(definition.Key, ct)));
            var history = await db.PlatformSettings.AsNoTracking().OrderByDescending(s => s.ChangedAtUtc).ThenByDescending(s => s.Id).Take(100)
                .Select(s => new PastChange(s.ChangedAtUtc, s.Key, s.Value)).ToListAsync(ct);
            return new Model(current, history);
        }

        public async Task<Unit> Handle(Change command, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.PlatformSettings.Add(new PlatformSetting(command.Key, command.Value!.Value.ToString(CultureInfo.InvariantCulture), now, command.ActorId));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
