using Marketplace.Domain.Data;
using Marketplace.Web.Features.Procurement.Orders;
using Marketplace.Web.Infrastructure.Documents;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Documents;

/// <summary>A document's PDF. Drawn from the stored content on the first download and kept: every
/// later download is the same file, byte for byte. Without the font installed it says which file is
/// missing, for a page that tells the operator, instead of failing.</summary>
public static class DownloadDocument
{
    public sealed record Query(OrderScope Scope, int Id) : IRequest<File?>;

    /// <param name="MissingFont">The font file that is not there; then there is no PDF.</param>
    public sealed record File(byte[]? Pdf, string FileName, string? MissingFont = null);

    public sealed class Handler(MarketplaceDbContext db, DocumentPdf drawer, ILogger<Handler> logger) : IRequestHandler<Query, File?>
    {
        public async Task<File?> Handle(Query query, CancellationToken ct)
        {
            var documents = DocumentScope.Apply(query.Scope, db.ProcurementDocuments.AsNoTracking()).Where(d => d.Id == query.Id);
            var document = await documents.Select(d => new { d.Id, d.Number, d.Content, d.Sha256, HasPdf = d.Pdf != null }).FirstOrDefaultAsync(ct);
            if (document is null) return null;
            if (!document.HasPdf)
            {
                byte[] pdf;
                try
                {
                    pdf = drawer.Draw(DocumentContent.FromJson(document.Content), document.Sha256);
                }
                catch (DocumentFontMissingException missing)
                {
                    logger.LogError("PDF of {Number} not drawn: the font {Path} is missing (Documents:FontPath)", document.Number, missing.Path);
                    return new File(null, $"{document.Number}.pdf", missing.Path);
                }
                // The first drawing wins; two first downloads at once both get the one kept.
                await db.ProcurementDocuments.Where(d => d.Id == document.Id && d.Pdf == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(d => d.Pdf, pdf), ct);
            }
            var kept = await documents.Select(d => d.Pdf).FirstAsync(ct);
            return new File(kept!, $"{document.Number}.pdf");
        }
    }
}

public static class DocumentResults
{
    /// <summary>The PDF as a download; a page naming the missing font (503) when it cannot be drawn.</summary>
    public static IActionResult Pdf(this Controller controller, DownloadDocument.File? file)
    {
        if (file is null) return controller.NotFound();
        if (file.Pdf is null)
        {
            controller.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return controller.View("DocumentFontMissing", file.MissingFont);
        }
        return controller.File(file.Pdf, "application/pdf", file.FileName);
    }
}
