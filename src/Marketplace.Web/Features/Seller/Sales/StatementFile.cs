using Marketplace.Web.Infrastructure.Files;
using MediatR;

namespace Marketplace.Web.Features.Seller.Sales;

/// <summary>A month's settlement statement and its days as CSV, for the enterprise's books.</summary>
public static class StatementFile
{
    public sealed record Query(int EnterpriseId, int Year, int Month) : IRequest<DownloadFile>;

    public sealed class Handler(IMediator mediator) : IRequestHandler<Query, DownloadFile>
    {
        public async Task<DownloadFile> Handle(Query query, CancellationToken ct)
        {
            var report = await mediator.Send(new SellerSales.Query(query.EnterpriseId, query.Year, query.Month), ct);
            var s = report.Statement!;
            var rows = new List<IReadOnlyList<object?>>
            {
                new object[] { "year", "month", "gross_won", "refunds_won", "net_sales_won", "commission_rate", "commission_won", "payable_won", "issued" },
                new object[] { s.Year, s.Month, s.Gross, s.Refunds, s.NetSales, s.CommissionRate, s.Commission, s.Payable, s.Issued ? "yes" : "provisional" },
                Array.Empty<object?>(),
                new object[] { "date", "channel", "orders", "gross_won", "refunds_won", "net_won", "shipping_won" },
            };
            rows.AddRange(report.Rows.Select(row => (IReadOnlyList<object?>)new object[] { row.Period, row.Channel, row.Orders, row.Gross, row.Refunds, row.Net, row.Shipping }));
            return DownloadFile.Csv(CsvFile.Write(rows), $"settlement-{query.Year}-{query.Month:D2}.csv");
        }
    }
}
