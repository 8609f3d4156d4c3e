using Marketplace.Domain.Procurement;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Quotes;

/// <summary>Takes a quote request's row for the rest of the caller's transaction, by counting the
/// decision in one UPDATE: an accept, another accept and an enterprise's revision of its answer at the
/// same moment then run one after the other, and each reads what the one before it committed. Without
/// it, two accepts on PostgreSQL both saw the request open and made two purchase orders.</summary>
public static class QuoteRequestLock
{
    /// <param name="request">The request, filtered by who may act on it (its institution, or an enterprise it was sent to).</param>
    /// <returns>False when there is no such request for that party.</returns>
    public static async Task<bool> TakeAsync(IQueryable<QuoteRequest> request, CancellationToken ct) =>
        await request.ExecuteUpdateAsync(s => s.SetProperty(r => r.Version, r => r.Version + 1), ct) == 1;
}
