using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Dashboards;

/// <summary><c>/admin/members</c>: new members per day, week, month or year (Korea time), by kind
/// and by sign-up channel, with the running total.</summary>
public static class MemberSignUps
{
    public enum Kind { Consumer, InstitutionMember, EnterpriseStaff, Operator }

    public sealed record Query(DateOnly From, DateOnly To, Grain Grain) : IRequest<Report>;

    public sealed record Row(string Period, int New, IReadOnlyDictionary<Kind, int> ByKind, IReadOnlyDictionary<SignUpChannel, int> ByChannel, int Cumulative);

    public sealed record Report(Query Query, IReadOnlyList<Row> Rows, int Before)
    {
        public int Total => Rows.Sum(r => r.New);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage(_ => texts["Dashboard.RangeReversed"]);
            RuleFor(q => q).Must(q => q.To.DayNumber - q.From.DayNumber <= 3 * 366).WithName("To").WithMessage(_ => texts["Dashboard.RangeTooLong"]);
            RuleFor(q => q.Grain).IsInEnum();
        }
    }

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Report>
    {
        public async Task<Report> Handle(Query query, CancellationToken ct)
        {
            var from = Periods.StartUtc(query.From);
            var to = Periods.StartUtc(query.To.AddDays(1));
            var before = await db.Users.CountAsync(u => u.SignedUpAtUtc < from, ct);
            var inRange = db.Users.AsNoTracking().Where(u => u.SignedUpAtUtc >= from && u.SignedUpAtUtc < to);
            // Counted in the database per Korean day, kind and channel: a few thousand groups
            // come back however many members there are.
            var groups = await inRange
                .GroupBy(u => new { Day = u.SignedUpAtUtc.AddHours(9).Date, Staff = u.EnterpriseId != null, Institution = u.InstitutionId != null, u.SignUpChannel })
                .Select(g => new { g.Key.Day, g.Key.Staff, g.Key.Institution, g.Key.SignUpChannel, Count = g.Count() })
                .ToListAsync(ct);
            // Operators are few: they are counted apart and taken out of their group.
            var operatorRole = await db.Roles.Where(r => r.Name == Roles.Operator).Select(r => r.Id).FirstOrDefaultAsync(ct);
            var operators = await inRange.Where(u => db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == operatorRole))
                .Select(u => new { u.SignedUpAtUtc, Staff = u.EnterpriseId != null, Institution = u.InstitutionId != null, u.SignUpChannel })
                .ToListAsync(ct);

            static Kind KindOf(bool staff, bool institution) => staff ? Kind.EnterpriseStaff : institution ? Kind.InstitutionMember : Kind.Consumer;
            var counted = groups
                .Select(g => (Day: DateOnly.FromDateTime(g.Day), Kind: KindOf(g.Staff, g.Institution), g.SignUpChannel, g.Count))
                .Concat(operators.SelectMany(o => new[]
                {
                    (Day: Periods.KoreanDay(o.SignedUpAtUtc), Kind: KindOf(o.Staff, o.Institution), o.SignUpChannel, Count: -1),
                    (Day: Periods.KoreanDay(o.SignedUpAtUtc), Kind: Kind.Operator, o.SignUpChannel, Count: 1),
                }));

            var running = before;
            var rows = counted
                .GroupBy(c => Periods.Label(c.Day, query.Grain)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var total = g.Sum(c => c.Count);
                    running += total;
                    return new Row(g.Key, total,
                        Enum.GetValues<Kind>().ToDictionary(k => k, k => g.Where(c => c.Kind == k).Sum(c => c.Count)),
                        Enum.GetValues<SignUpChannel>().ToDictionary(ch => ch, ch => g.Where(c => c.SignUpChannel == ch).Sum(c => c.Count)),
                        running);
                })
                .ToList();
            return new Report(query, rows, before);
        }
    }
}
