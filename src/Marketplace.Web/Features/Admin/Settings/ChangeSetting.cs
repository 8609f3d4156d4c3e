using System.Globalization;
using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Reporting;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Settings;

public static partial class SettingsPage
{
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

    public sealed class ChangeHandler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Change, Unit>
    {
        public async Task<Unit> Handle(Change command, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.PlatformSettings.Add(new PlatformSetting(command.Key, command.Value!.Value.ToString(CultureInfo.InvariantCulture), now, command.ActorId));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
