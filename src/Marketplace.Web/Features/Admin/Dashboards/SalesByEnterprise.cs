using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Dashboards;

/// <summary><c>/admin/sales</c>: revenue and orders per enterprise and channel over a period of Korean
/// days, refunds netted, ranked; platform totals; one enterprise's months on drill-down. Read from
/// the sales rollup that payments and refunds keep in their own transactions.</summary>
public static class SalesByEnterprise
{
    /// <summary>Null bounds mean this Korean year up to today (<see cref="Periods.Range"/>).</summary>
    /// <returns>Null when <paramref name="EnterpriseId"/> names no enterprise.</returns>
    public sealed record Query(DateOnly? From, DateOnly? To, int? EnterpriseId = null) : IRequest<Report?>;

    public sealed record Row(int EnterpriseId, string Name, string Channel, int Orders, long Gross, long Refunds)
    {
        public long Net => Gross - Refunds;
    }

    public sealed record PeriodRow(string Period, string Channel, int Orders, long Gross, long Refunds)
    {
        public long Net => Gross - Refunds;
    }

    public sealed record Report(Query Query, IReadOnlyList<Row> Ranking, IReadOnlyList<PeriodRow> Months)
    {
        public int Orders => Ranking.Sum(r => r.Orders);
        public long Gross => Ranking.Sum(r => r.Gross);
        public long Refunds => Ranking.Sum(r => r.Refunds);
        public long Net => Gross - Refunds;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(q => q).Must(q => Periods.Range(q.From, q.To, clock) is var (from, to) && to >= from).WithName("To").WithMessage(_ => texts["Dashboard.RangeReversed"]);
            RuleFor(q => q).Must(q => Periods.Range(q.From, q.To, clock) is var (from, to) && to.DayNumber - from.DayNumber <= 3 * 366).WithName("To").WithMessage(_ => texts["Dashboard.RangeTooLong"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Query, Report?>
    {
        public async Task<Report?> Handle(Query asked, CancellationToken ct)
        {
            if (asked.EnterpriseId is { } named && !await db.Enterprises.AnyAsync(e => e.Id == named, ct)) return null;
            var (from, to) = Periods.Range(asked.From, asked.To, clock);
            var query = asked with { From = from, To = to };
            var rollups = db.SalesRollups.AsNoTracking().Where(r => r.Day >= from && r.Day <= to);
            if (query.EnterpriseId is { } only) rollups = rollups.Where(r => r.EnterpriseId == only);

            var totals = await rollups
                .GroupBy(r => new { r.EnterpriseId, r.Channel })
                .Select(g => new { g.Key.EnterpriseId, g.Key.Channel, Orders = g.Sum(r => r.Orders), Gross = g.Sum(r => r.GrossWon), Refunds = g.Sum(r => r.RefundsWon) })
                .ToListAsync(ct);
            var ids = totals.Select(t => t.EnterpriseId).Distinct().ToList();
            var names = await db.Enterprises.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
            var ranking = totals
                .Select(t => new Row(t.EnterpriseId, names.GetValueOrDefault(t.EnterpriseId, "?"), t.Channel, t.Orders, t.Gross, t.Refunds))
                .OrderByDescending(r => r.Net).ThenBy(r => r.EnterpriseId).ToList();

            IReadOnlyList<PeriodRow> months = [];
            if (query.EnterpriseId is not null)
            {
                var days = await rollups.Select(r => new { r.Day, r.Channel, r.Orders, r.GrossWon, r.RefundsWon }).ToListAsync(ct);
                months = days.GroupBy(d => (Period: Periods.Label(d.Day, Grain.Month), d.Channel)).OrderBy(g => g.Key.Period, StringComparer.Ordinal)
                    .Select(g => new PeriodRow(g.Key.Period, g.Key.Channel, g.Sum(d => d.Orders), g.Sum(d => d.GrossWon), g.Sum(d => d.RefundsWon)))
                    .ToList();
            }
            return new Report(query, ranking, months);
        }
    }
}
