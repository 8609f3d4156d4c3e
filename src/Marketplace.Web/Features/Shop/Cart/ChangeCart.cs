using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Behaviors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Cart;

/// <summary>Adds a product to the cart, or sets a line's quantity (zero removes it). Quantities are
/// checked against the stock now and the per-line maximum; checkout checks the stock again.</summary>
public static class ChangeCart
{
    public enum Mode { Add, Set }

    public sealed record Command(CartOwner Owner, int ProductId, int Quantity, Mode Mode) : IRequest<Unit>, ITransactional;

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var cart = await command.Owner.FindOrStartCartAsync(db, now, ct);
            if (command.Mode == Mode.Set && command.Quantity == 0)
            {
                cart.SetQuantity(command.ProductId, 0, 0, now);
            }
            else
            {
                var stock = await db.Products.Visible().Where(p => p.Id == command.ProductId).Select(p => (int?)p.Stock).FirstOrDefaultAsync(ct)
                    ?? throw new DomainException(ErrorCodes.ProductUnavailable, command.ProductId.ToString());
                if (command.Mode == Mode.Add) cart.Add(command.ProductId, command.Quantity, stock, now);
                else cart.SetQuantity(command.ProductId, command.Quantity, stock, now);
            }
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
