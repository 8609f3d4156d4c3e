using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Orders;

/// <summary>구매확정 by the shopper: the order arrived as it should; from now it counts in the enterprise's settlement.</summary>
public static class ConfirmPurchase
{
    public sealed record Command(string MemberId, int OrderId) : IRequest<bool>, ITransactional;

    /// <returns>False when the order is not the member's.</returns>
    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Command, bool>
    {
        public async Task<bool> Handle(Command command, CancellationToken ct)
        {
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == command.OrderId && o.MemberId == command.MemberId, ct);
            if (order is null) return false;
            order.ConfirmPurchase(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
