using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Apply;

public static partial class ApplicationStatus
{
    /// <summary>The applicant's supporting document, which only the applicant (and the operator) may open.</summary>
    public sealed record DocumentQuery(string MemberId) : IRequest<Document?>;

    public sealed record Document(Stream Content, string ContentType, string Name);

    public static string ExtensionOf(string? contentType) => contentType switch { "application/pdf" => ".pdf", "image/png" => ".png", _ => ".jpg" };

    public sealed class DocumentHandler(MarketplaceDbContext db, DocumentStore documents) : IRequestHandler<DocumentQuery, Document?>
    {
        public async Task<Document?> Handle(DocumentQuery query, CancellationToken ct)
        {
            var own = await db.Users.AsNoTracking().Where(u => u.Id == query.MemberId && u.EnterpriseId != null)
                .Join(db.Enterprises, u => u.EnterpriseId, e => e.Id, (u, e) => new { e.Id, e.DocumentKey, e.DocumentContentType })
                .FirstOrDefaultAsync(ct);
            if (own?.DocumentKey is not { } key || await documents.OpenAsync(key, ct) is not { } stream) return null;
            return new Document(stream, own.DocumentContentType ?? "application/octet-stream", $"document-{own.Id}{ExtensionOf(own.DocumentContentType)}");
        }
    }
}
