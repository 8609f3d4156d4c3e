using Marketplace.Domain.Common;
using Marketplace.Web.Features.Admin.Settings;
using Marketplace.Web.Infrastructure.Documents;
using Marketplace.Web.Infrastructure.Files;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Reports;

/// <summary>The impact report of a year as a workbook or a PDF, named for the buyer and the year.</summary>
public static class ImpactFile
{
    public sealed class XlsxHandler(IMediator mediator, IStringLocalizer<Texts> texts) : IRequestHandler<ImpactFiles.XlsxQuery, DownloadFile>
    {
        public async Task<DownloadFile> Handle(ImpactFiles.XlsxQuery query, CancellationToken ct)
        {
            var report = await mediator.Send(new ImpactReport.Query(query.InstitutionId, query.Year), ct);
            return new DownloadFile(ImpactFiles.Xlsx(report, texts), XlsxFile.ContentType, $"{NameOf(report)}.xlsx");
        }
    }

    public sealed class PdfHandler(IMediator mediator, TextCatalog catalog, DocumentPdf drawer, TimeProvider clock)
        : IRequestHandler<ImpactFiles.PdfQuery, Documents.DownloadDocument.File>
    {
        public async Task<Documents.DownloadDocument.File> Handle(ImpactFiles.PdfQuery query, CancellationToken ct)
        {
            var report = await mediator.Send(new ImpactReport.Query(query.InstitutionId, query.Year), ct);
            var site = await mediator.Send(new OperatorDetails.Query(), ct);
            var content = ImpactFiles.Pdf(report, site, KoreaTime.Today(clock), catalog.For("ko"));
            try
            {
                return new(drawer.Draw(content, ImpactFiles.Sha256(content)), $"{NameOf(report)}.pdf");
            }
            catch (DocumentFontMissingException missing)
            {
                return new(null, $"{NameOf(report)}.pdf", missing.Path);
            }
        }
    }

    private static string NameOf(ImpactReport.Report report) => $"social-value-{report.Code}-{report.Year}";
}
