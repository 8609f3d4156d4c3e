using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Files;
using MediatR;

namespace Marketplace.Web.Features.Admin.Dashboards;

/// <summary>The operator's dashboards as CSV: sign-ups per period, and sales per enterprise.</summary>
public static class DashboardFiles
{
    public sealed record MembersQuery(DateOnly? From, DateOnly? To, Grain Grain) : IRequest<DownloadFile>;

    public sealed record SalesQuery(DateOnly? From, DateOnly? To) : IRequest<DownloadFile>;

    public sealed class Handler(IMediator mediator) : IRequestHandler<MembersQuery, DownloadFile>, IRequestHandler<SalesQuery, DownloadFile>
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

        public async Task<DownloadFile> Handle(SalesQuery query, CancellationToken ct)
        {
            var report = await mediator.Send(new SalesByEnterprise.Query(query.From, query.To), ct);
            var rows = new List<IReadOnlyList<object?>> { new object[] { "rank", "enterprise_id", "enterprise", "channel", "orders", "gross_won", "refunds_won", "net_won" } };
            rows.AddRange(report.Ranking.Select((r, i) => (IReadOnlyList<object?>)new object[] { i + 1, r.EnterpriseId, r.Name, r.Channel, r.Orders, r.Gross, r.Refunds, r.Net }));
            return DownloadFile.Csv(CsvFile.Write(rows), $"sales-{report.Query.From:yyyyMMdd}-{report.Query.To:yyyyMMdd}.csv");
        }
    }
}
