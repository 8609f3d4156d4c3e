using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Apply;

/// <summary>The enterprise a member has applied with, as the application page shows it (null before
/// they apply).</summary>
public static partial class ApplicationStatus
{
    public sealed record Query(string MemberId) : IRequest<Model?>;

    public sealed record Model(int Id, string Name, ApprovalStatus Status, string? RejectionReason, bool HasDocument);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model?>
    {
        public Task<Model?> Handle(Query query, CancellationToken ct) =>
            db.Users.AsNoTracking().Where(u => u.Id == query.MemberId && u.EnterpriseId != null)
                .Join(db.Enterprises, u => u.EnterpriseId, e => e.Id, (u, e) => new Model(e.Id, e.Name, e.Status, e.RejectionReason, e.DocumentKey != null))
                .FirstOrDefaultAsync(ct);
    }
}
