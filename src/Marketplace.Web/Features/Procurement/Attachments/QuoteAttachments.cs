using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Attachments;

/// <summary>Files that go with a quote request (the buyer's specification) and with an answer (the
/// enterprise's). Checked as an application's documents are (PDF, PNG or JPEG by their first bytes,
/// 10 MB at most) and read only by the two parties: the buyer sees every file of its request, an
/// enterprise the buyer's files and its own, never a competitor's.</summary>
public static class QuoteAttachments
{
    public sealed record Item(int Id, string FileName, string ContentType, long SizeBytes, int? EnterpriseId, DateTime UploadedAtUtc);

    /// <summary>Who acts: the institution that asked (<paramref name="InstitutionId"/>) or an enterprise asked (<paramref name="EnterpriseId"/>).</summary>
    public sealed record Party(int? InstitutionId, int? EnterpriseId);

    /// <param name="enterpriseId">null: every file (the buyer's view); else the buyer's and that enterprise's.</param>
    public static async Task<IReadOnlyList<Item>> ListAsync(MarketplaceDbContext db, int requestId, int? enterpriseId, CancellationToken ct) =>
        await db.QuoteAttachments.AsNoTracking()
            .Where(a => a.QuoteRequestId == requestId && (enterpriseId == null || a.EnterpriseId == null || a.EnterpriseId == enterpriseId))
            .OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.Id)
            .Select(a => new Item(a.Id, a.FileName, a.ContentType, a.SizeBytes, a.EnterpriseId, a.UploadedAtUtc))
            .ToListAsync(ct);

    private static IQueryable<QuoteRequest> RequestsOf(MarketplaceDbContext db, Party party) => party switch
    {
        { InstitutionId: { } institution } => db.QuoteRequests.Where(r => r.InstitutionId == institution),
        { EnterpriseId: { } enterprise } => db.QuoteRequests.Where(r => r.Recipients.Any(x => x.EnterpriseId == enterprise)),
        _ => db.QuoteRequests.Where(r => false),
    };

    public sealed record Upload(Party Party, string MemberId, int RequestId, IFormFile? File) : IRequest<bool>;

    public sealed class UploadHandler(MarketplaceDbContext db, DocumentStore store, TimeProvider clock, IStringLocalizer<Texts> texts) : IRequestHandler<Upload, bool>
    {
        /// <returns>False when the request is not the party's.</returns>
        public async Task<bool> Handle(Upload command, CancellationToken ct)
        {
            if (!await RequestsOf(db, command.Party).AnyAsync(r => r.Id == command.RequestId, ct)) return false;
            var enterpriseId = command.Party.EnterpriseId;
            var already = await db.QuoteAttachments.CountAsync(a => a.QuoteRequestId == command.RequestId && a.EnterpriseId == enterpriseId, ct);
            if (already >= QuoteAttachment.MaxPerParty)
                throw InputValidationException.For("file", texts["Attachments.TooMany", QuoteAttachment.MaxPerParty]);
            var (refusal, key, contentType) = await store.SaveAsync(command.File, ct);
            if (refusal != DocumentStore.Refusal.None) throw InputValidationException.For("file", texts[$"Attachments.{refusal}"]);
            var name = Path.GetFileName(command.File!.FileName);
            db.QuoteAttachments.Add(new QuoteAttachment(command.RequestId, enterpriseId, name.Length is 0 or > 200 ? $"{key}.{contentType!.Split('/')[1]}" : name,
                key!, contentType!, command.File.Length, command.MemberId, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            return true;
        }
    }

    public sealed record Download(Party Party, int RequestId, int AttachmentId) : IRequest<File?>;

    public sealed record File(Stream Content, string ContentType, string FileName);

    public sealed class DownloadHandler(MarketplaceDbContext db, DocumentStore store) : IRequestHandler<Download, File?>
    {
        public async Task<File?> Handle(Download query, CancellationToken ct)
        {
            if (!await RequestsOf(db, query.Party).AnyAsync(r => r.Id == query.RequestId, ct)) return null;
            var enterpriseId = query.Party.EnterpriseId;
            var attachment = await db.QuoteAttachments.AsNoTracking()
                .Where(a => a.Id == query.AttachmentId && a.QuoteRequestId == query.RequestId
                    && (enterpriseId == null || a.EnterpriseId == null || a.EnterpriseId == enterpriseId))
                .Select(a => new { a.StorageKey, a.ContentType, a.FileName }).FirstOrDefaultAsync(ct);
            return attachment is not null && await store.OpenAsync(attachment.StorageKey, ct) is { } stream
                ? new File(stream, attachment.ContentType, attachment.FileName)
                : null;
        }
    }
}
