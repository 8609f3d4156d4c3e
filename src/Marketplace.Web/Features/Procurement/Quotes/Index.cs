using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Quotes;

public static partial class QuoteRequests
{
    public sealed record Row(int Id, string Number, string Title, QuoteRequestStatus Status, DateOnly Deadline, int Recipients, int Answers);

    public sealed record ListQuery(int InstitutionId) : IRequest<IReadOnlyList<Row>>;

    public sealed class ListHandler(MarketplaceDbContext db) : IRequestHandler<ListQuery, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(ListQuery query, CancellationToken ct)
        {
            var rows = await db.QuoteRequests.AsNoTracking().Where(r => r.InstitutionId == query.InstitutionId)
                .OrderByDescending(r => r.CreatedAtUtc).Take(200)
                .Select(r => new { r.Id, r.CreatedAtUtc, r.Title, r.Status, r.Deadline, Recipients = r.Recipients.Count(),
                    Answers = db.Quotes.Count(q => q.QuoteRequestId == r.Id) })
                .ToListAsync(ct);
            return rows.Select(r => new Row(r.Id, QuoteRequest.NumberOf(r.Id, r.CreatedAtUtc), r.Title, r.Status, r.Deadline,
                r.Recipients, r.Answers)).ToList();
        }
    }
}
