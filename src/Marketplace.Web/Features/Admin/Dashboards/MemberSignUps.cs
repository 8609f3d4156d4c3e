using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Domain.Reporting;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Dashboards;

/// <summary><c>/admin/members</c>: new members per day, week, month or year (Korea time), by kind
/// and by sign-up channel, with the running total. Read from the sign-up rollup, which every save
/// of members keeps (a few thousand rows for any number of members). Operators count as consumers.</summary>
public static class MemberSignUps
{
    public enum Kind { Consumer, InstitutionMember, EnterpriseStaff }

    /// <summary>Null bounds mean this Korean year up to today (<see cref="Periods.Range"/>).</summary>
    public sealed record Query(DateOnly? From, DateOnly? To, Grain Grain) : IRequest<Report>;

    public sealed record Row(string Period, int New, IReadOnlyDictionary<Kind, int> ByKind, IReadOnlyDictionary<SignUpChannel, int> ByChannel, int Cumulative);

    public sealed record Report(Query Query, IReadOnlyList<Row> Rows, int Before)
    {
        public int Total => Rows.Sum(r => r.New);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(q => q).Must(q => Periods.Range(q.From, q.To, clock) is var (from, to) && to >= from).WithName("To").WithMessage(_ => texts["Dashboard.RangeReversed"]);
            RuleFor(q => q).Must(q => Periods.Range(q.From, q.To, clock) is var (from, to) && to.DayNumber - from.DayNumber <= 3 * 366).WithName("To").WithMessage(_ => texts["Dashboard.RangeTooLong"]);
            RuleFor(q => q.Grain).IsInEnum();
        }
    }

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Query, Report>
    {
        public async Task<Report> Handle(Query asked, CancellationToken ct)
        {
            var (from, to) = Periods.Range(asked.From, asked.To, clock);
            var query = asked with { From = from, To = to };
            var before = await db.SignUpRollups.Where(r => r.Day < from).SumAsync(r => r.Members, ct);
            var counted = await db.SignUpRollups.AsNoTracking()
                .Where(r => r.Day >= from && r.Day <= to && r.Members != 0)
                .Select(r => new { r.Day, r.Kind, r.Channel, r.Members })
                .ToListAsync(ct);

            static Kind KindOf(string kind) => kind switch
            {
                SignUpRollup.EnterpriseStaff => Kind.EnterpriseStaff,
                SignUpRollup.InstitutionMember => Kind.InstitutionMember,
                _ => Kind.Consumer,
            };
            var running = before;
            var rows = counted
                .GroupBy(c => Periods.Label(c.Day, query.Grain)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var total = g.Sum(c => c.Members);
                    running += total;
                    return new Row(g.Key, total,
                        Enum.GetValues<Kind>().ToDictionary(k => k, k => g.Where(c => KindOf(c.Kind) == k).Sum(c => c.Members)),
                        Enum.GetValues<SignUpChannel>().ToDictionary(ch => ch, ch => g.Where(c => c.Channel == ch.ToString()).Sum(c => c.Members)),
                        running);
                })
                .Where(r => r.New != 0)
                .ToList();
            return new Report(query, rows, before);
        }
    }
}
