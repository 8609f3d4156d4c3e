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
            var members = await db.Users.AsNoTracking()
                .Where(u => u.SignedUpAtUtc >= from && u.SignedUpAtUtc < to)
                .Select(u => new { u.Id, u.SignedUpAtUtc, u.EnterpriseId, u.InstitutionId, u.SignUpChannel })
                .ToListAsync(ct);
            var operatorRole = await db.Roles.Where(r => r.Name == Roles.Operator).Select(r => r.Id).FirstOrDefaultAsync(ct);
            var operators = (await db.UserRoles.Where(r => r.RoleId == operatorRole).Select(r => r.UserId).ToListAsync(ct)).ToHashSet();

            var running = before;
            var rows = members
                .Select(m => new
                {
                    Period = Periods.Label(Periods.KoreanDay(m.SignedUpAtUtc), query.Grain),
                    Kind = operators.Contains(m.Id) ? Kind.Operator
                        : m.EnterpriseId is not null ? Kind.EnterpriseStaff
                        : m.InstitutionId is not null ? Kind.InstitutionMember
                        : Kind.Consumer,
                    m.SignUpChannel,
                })
                .GroupBy(m => m.Period).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    running += g.Count();
                    return new Row(g.Key, g.Count(),
                        Enum.GetValues<Kind>().ToDictionary(k => k, k => g.Count(m => m.Kind == k)),
                        Enum.GetValues<SignUpChannel>().ToDictionary(c => c, c => g.Count(m => m.SignUpChannel == c)),
                        running);
                })
                .ToList();
            return new Report(query, rows, before);
        }
    }
}
