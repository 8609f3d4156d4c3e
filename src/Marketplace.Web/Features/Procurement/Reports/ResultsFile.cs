using Marketplace.Web.Infrastructure.Files;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Reports;

/// <summary>The year's results as a file to file: CSV or a workbook, named for the institution and year.</summary>
public static class ResultsFile
{
    public enum Format { Csv, Xlsx }

    public sealed record Query(int InstitutionId, int Year, Format Format) : IRequest<DownloadFile>;

    public sealed class Handler(IMediator mediator, IStringLocalizer<Texts> texts) : IRequestHandler<Query, DownloadFile>
    {
        public async Task<DownloadFile> Handle(Query query, CancellationToken ct)
        {
            var report = await mediator.Send(new PurchaseResults.Query(query.InstitutionId, query.Year), ct);
            var table = ResultsFiles.Rows(report, texts);
            var name = $"preferential-purchase-{report.InstitutionCode}-{query.Year}";
            return query.Format == Format.Csv
                ? DownloadFile.Csv(ResultsFiles.Csv(table), name + ".csv")
                : new DownloadFile(ResultsFiles.Xlsx(table, texts["Reports.SheetName", query.Year]), XlsxFile.ContentType, name + ".xlsx");
        }
    }
}
