using Marketplace.Domain.Data;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Behaviors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Cart;

/// <summary>At sign-in (or sign-up) the visitor's cart joins the member's: quantities add up within
/// stock and the per-line maximum, and the visitor's cart is deleted.</summary>
public static class MergeVisitorCart
{
    public sealed record Command(string MemberId, Guid VisitorToken) : IRequest<Unit>, ITransactional;

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var visitor = await new CartOwner(null, command.VisitorToken).FindCartAsync(db, ct);
            if (visitor is null) return Unit.Value;

            var now = clock.GetUtcNow().UtcDateTime;
            var member = await new CartOwner(command.MemberId, null).FindOrStartCartAsync(db, now, ct);
            var productIds = visitor.Lines.Select(l => l.ProductId).ToList();
            var stock = await db.Products.Visible().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Stock, ct);
            var optionStock = await db.ProductOptions.Where(o => productIds.Contains(o.ProductId)).ToDictionaryAsync(o => o.Id, o => o.Stock, ct);
            member.MergeFrom(visitor, (product, option) => !stock.TryGetValue(product, out var units) ? 0
                : option is { } id ? optionStock.GetValueOrDefault(id) : units, now);
            db.Carts.Remove(visitor);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
