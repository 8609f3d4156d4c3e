using Marketplace.Web.Infrastructure.Files;
using MediatR;

namespace Marketplace.Web.Features.Admin.Dashboards;

public static partial class DashboardFiles
{
    /// <summary>Sales per enterprise and channel, ranked as the sales dashboard ranks them.</summary>
    public sealed record SalesQuery(DateOnly? From, DateOnly? To) : IRequest<DownloadFile>;

    public sealed class SalesHandler(IMediator mediator) : IRequestHandler<SalesQuery, DownloadFile>
    {
        public async Task<DownloadFile> Handle(SalesQuery query, CancellationToken ct)
        {
            var report = (await mediator.Send(new SalesByEnterprise.Query(query.From, query.To), ct))!;
            var rows = new List<IReadOnlyList<object?>> { new object[] { "rank", "enterprise_id", "enterprise", "channel", "orders", "gross_won", "refunds_won", "net_won" } };
            rows.AddRange(report.Ranking.Select((r, i) => (IReadOnlyList<object?>)new object[] { i + 1, r.EnterpriseId, r.Name, r.Channel, r.Orders, r.Gross, r.Refunds, r.Net }));
            return DownloadFile.Csv(CsvFile.Write(rows), $"sales-{report.Query.From:yyyyMMdd}-{report.Query.To:yyyyMMdd}.csv");
        }
    }
}
