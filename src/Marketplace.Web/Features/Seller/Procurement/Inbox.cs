using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Procurement;

public static partial class SellerProcurement
{
    public sealed record RequestRow(int Id, string Number, string InstitutionName, string Title, DateOnly Deadline,
        QuoteRequestStatus Status, QuoteStatus? MyAnswer);

    public sealed record InboxQuery(int EnterpriseId) : IRequest<IReadOnlyList<RequestRow>>;

    public sealed class InboxHandler(MarketplaceDbContext db) : IRequestHandler<InboxQuery, IReadOnlyList<RequestRow>>
    {
        public async Task<IReadOnlyList<RequestRow>> Handle(InboxQuery query, CancellationToken ct)
        {
            var rows = await db.QuoteRequests.AsNoTracking().Where(r => r.Recipients.Any(x => x.EnterpriseId == query.EnterpriseId))
                .OrderByDescending(r => r.CreatedAtUtc).Take(200)
                .Select(r => new
                {
                    r.Id, r.CreatedAtUtc, r.Title, r.Deadline, r.Status,
                    Institution = db.Institutions.Where(i => i.Id == r.InstitutionId).Select(i => i.Name).First(),
                    Mine = db.Quotes.Where(q => q.QuoteRequestId == r.Id && q.EnterpriseId == query.EnterpriseId).Select(q => (QuoteStatus?)q.Status).FirstOrDefault(),
                })
                .ToListAsync(ct);
            return rows.Select(r => new RequestRow(r.Id, QuoteRequest.NumberOf(r.Id, r.CreatedAtUtc), r.Institution, r.Title,
                r.Deadline, r.Status, r.Mine)).ToList();
        }
    }
}
