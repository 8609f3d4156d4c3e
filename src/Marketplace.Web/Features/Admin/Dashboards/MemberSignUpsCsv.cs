using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Files;
using MediatR;

namespace Marketplace.Web.Features.Admin.Dashboards;

/// <summary>The operator's dashboards as CSV files.</summary>
public static partial class DashboardFiles
{
    /// <summary>Sign-ups per period, as the members dashboard shows them.</summary>
    public sealed record MembersQuery(DateOnly? From, DateOnly? To, Grain Grain) : IRequest<DownloadFile>;

    public sealed class MembersHandler(IMediator mediator) : IRequestHandler<MembersQuery, DownloadFile>
    {
        public async Task<DownloadFile> Handle(MembersQuery query, CancellationToken ct)
        {
            var report = await mediator.Send(new MemberSignUps.Query(query.From, query.To, query.Grain), ct);
            var rows = new List<IReadOnlyList<object?>>
            {
                new object[] { "period", "new", "consumer", "institution_member", "enterprise_staff", "direct", "invitation", "enterprise_page", "by_operator", "cumulative" },
            };
            rows.AddRange(report.Rows.Select(r => (IReadOnlyList<object?>)new object[]
            {
                r.Period, r.New, r.ByKind[MemberSignUps.Kind.Consumer], r.ByKind[MemberSignUps.Kind.InstitutionMember], r.ByKind[MemberSignUps.Kind.EnterpriseStaff],
                r.ByChannel[SignUpChannel.Direct], r.ByChannel[SignUpChannel.Invitation],
                r.ByChannel[SignUpChannel.EnterprisePage], r.ByChannel[SignUpChannel.Operator], r.Cumulative,
            }));
            var q = report.Query;
            return DownloadFile.Csv(CsvFile.Write(rows), $"members-{q.From:yyyyMMdd}-{q.To:yyyyMMdd}-{q.Grain.ToString().ToLowerInvariant()}.csv");
        }
    }
}
