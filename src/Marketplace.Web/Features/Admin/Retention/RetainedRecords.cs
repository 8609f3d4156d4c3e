using Marketplace.Domain.Data;
using Marketplace.Domain.Legal;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.Retention;

/// <summary><c>/admin/retention</c>: what withdrawn members left that the law keeps, for the operator alone
/// (a dispute, a tax audit, an investigator's request), newest first, by order number.</summary>
public static class RetainedRecords
{
    public sealed record Query(string? Reference) : IRequest<Model>;

    public sealed record Model(string? Reference, IReadOnlyList<Row> Rows, int Total);

    public sealed record Row(RetentionReason Reason, string Reference, string Content, DateTime KeptFromUtc, DateTime KeepUntilUtc);

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var records = db.RetainedRecords.AsNoTracking();
            if (query.Reference is { Length: > 0 } reference) records = records.Where(r => r.Reference == reference.Trim());
            var rows = await records.OrderByDescending(r => r.Id).Take(200)
                .Select(r => new Row(r.Reason, r.Reference, r.Content, r.KeptFromUtc, r.KeepUntilUtc)).ToListAsync(ct);
            return new Model(query.Reference, rows, await db.RetainedRecords.CountAsync(ct));
        }
    }
}
