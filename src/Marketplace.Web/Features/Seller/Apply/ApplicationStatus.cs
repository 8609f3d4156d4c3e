using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Apply;

/// <summary>The enterprise a member has applied with, as the application page shows it (null before
/// they apply), and its supporting document, which only the applicant may open.</summary>
public static class ApplicationStatus
{
    public sealed record Query(string MemberId) : IRequest<Model?>;

    public sealed record Model(int Id, string Name, ApprovalStatus Status, string? RejectionReason, bool HasDocument);

    public sealed record DocumentQuery(string MemberId) : IRequest<Document?>;

    public sealed record Document(Stream Content, string ContentType, string Name);

    public sealed class Handler(MarketplaceDbContext db, DocumentStore documents) : IRequestHandler<Query, Model?>, IRequestHandler<DocumentQuery, Document?>
    {
        public Task<Model?> Handle(Query query, CancellationToken ct) =>
            db.Users.AsNoTracking().Where(u => u.Id == query.MemberId && u.EnterpriseId != null)
                .Join(db.Enterprises, u => u.EnterpriseId, e => e.Id, (u, e) => new Model(e.Id, e.Name, e.Status, e.RejectionReason, e.DocumentKey != null))
                .FirstOrDefaultAsync(ct);

        public async Task<Document?> Handle(DocumentQuery query, CancellationToken ct)
        {
            var own = await db.Users.AsNoTracking().Where(u => u.Id == query.MemberId && u.EnterpriseId != null)
                .Join(db.Enterprises, u => u.EnterpriseId, e => e.Id, (u, e) => new { e.Id, e.DocumentKey, e.DocumentContentType })
                .FirstOrDefaultAsync(ct);
            if (own?.DocumentKey is not { } key || documents.Open(key) is not { } stream) return null;
            return new Document(stream, own.DocumentContentType ?? "application/octet-stream", $"document-{own.Id}{Extension(own.DocumentContentType)}");
        }

        public static string Extension(string? contentType) => contentType switch { "application/pdf" => ".pdf", "image/png" => ".png", _ => ".jpg" };
    }
}
