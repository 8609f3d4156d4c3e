using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Apply;

/// <summary>The institution a member has registered, as the application page shows it; null before they apply.</summary>
public static class ApplicationStatus
{
    public sealed record Query(string MemberId) : IRequest<Model?>;

    public sealed record Model(string Name, string InstitutionCode, ApprovalStatus Status, string? RejectionReason);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model?>
    {
        public Task<Model?> Handle(Query query, CancellationToken ct) =>
            db.Users.AsNoTracking().Where(u => u.Id == query.MemberId && u.InstitutionId != null)
                .Join(db.Institutions, u => u.InstitutionId, i => i.Id, (u, i) => new Model(i.Name, i.InstitutionCode, i.Status, i.RejectionReason))
                .FirstOrDefaultAsync(ct);
    }
}
