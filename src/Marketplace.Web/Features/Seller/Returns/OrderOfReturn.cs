using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Returns;

/// <summary>Which of the enterprise's orders a return belongs to; null when the return is not the enterprise's.</summary>
public sealed record OrderOfReturn(int EnterpriseId, int ReturnId) : IRequest<int?>
{
    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<OrderOfReturn, int?>
    {
        public async Task<int?> Handle(OrderOfReturn query, CancellationToken ct) =>
            await db.ReturnRequests.AsNoTracking().Where(r => r.Id == query.ReturnId && r.EnterpriseId == query.EnterpriseId)
                .Select(r => (int?)r.OrderId).FirstOrDefaultAsync(ct);
    }
}
