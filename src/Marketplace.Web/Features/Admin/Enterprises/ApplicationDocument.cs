using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.Enterprises;

/// <summary>The supporting document an enterprise applied with, for the operator who reviews it.</summary>
public static class ApplicationDocument
{
    public sealed record Query(int EnterpriseId) : IRequest<Seller.Apply.ApplicationStatus.Document?>;

    public sealed class Handler(MarketplaceDbContext db, DocumentStore documents) : IRequestHandler<Query, Seller.Apply.ApplicationStatus.Document?>
    {
        public async Task<Seller.Apply.ApplicationStatus.Document?> Handle(Query query, CancellationToken ct)
        {
            var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Id == query.EnterpriseId)
                .Select(e => new { e.DocumentKey, e.DocumentContentType }).FirstOrDefaultAsync(ct);
            if (enterprise?.DocumentKey is not { } key || await documents.OpenAsync(key, ct) is not { } stream) return null;
            return new(stream, enterprise.DocumentContentType ?? "application/octet-stream",
                $"document-{query.EnterpriseId}{Seller.Apply.ApplicationStatus.ExtensionOf(enterprise.DocumentContentType)}");
        }
    }
}
