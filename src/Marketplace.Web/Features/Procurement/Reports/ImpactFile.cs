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
    public sealed class Handler(IMediator mediator, IStringLocalizer<Texts> texts, TextCatalog catalog, DocumentPdf drawer, TimeProvider clock)
        : IRequestHandler<ImpactFiles.Query, ImpactFiles.DownloadDocument?>
    {
        public async Task<ImpactFiles.DownloadDocument?> Handle(ImpactFiles.Query query, CancellationToken ct)
        {
            var report = await mediator.Send(new ImpactReport.Query(query.InstitutionId, query.Year), ct);
            var name = $"social-value-{report.Code}-{report.Year}";
            if (query.Format == ImpactFiles.Format.Xlsx)
                return new(new DownloadFile(ImpactFiles.Xlsx(report, texts), XlsxFile.ContentType, name + ".xlsx"));
            var site = await mediator.Send(new OperatorDetails.Query(), ct);
            var content = ImpactFiles.Pdf(report, site, KoreaTime.Today(clock), catalog.For("ko"));
            try
            {
                return new(new DownloadFile(drawer.Draw(content, ImpactFiles.Sha256(content)), "application/pdf", name + ".pdf"));
            }
            catch (DocumentFontMissingException missing)
            {
                return new(null, missing.Path);
            }
        }
    }
}
