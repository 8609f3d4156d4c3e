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

    /// <param name="OptionId">The option chosen; required for a listing with options, refused for one without.</param>
    public sealed record Command(CartOwner Owner, int ProductId, int Quantity, Mode Mode, int? OptionId = null) : IRequest<Unit>, ITransactional;

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var cart = await command.Owner.FindOrStartCartAsync(db, now, ct);
            if (command.Mode == Mode.Set && command.Quantity == 0)
            {
                cart.SetQuantity(command.ProductId, command.OptionId, 0, 0, now);
            }
            else
            {
                var product = await db.Products.Visible().Where(p => p.Id == command.ProductId)
                    .Select(p => new { p.Stock, HasOptions = p.Options.Any() }).FirstOrDefaultAsync(ct)
                    ?? throw new DomainException(ErrorCodes.ProductUnavailable, command.ProductId.ToString());
                int stock;
                if (product.HasOptions)
                {
                    if (command.OptionId is not { } optionId) throw new DomainException(ErrorCodes.OptionRequired, command.ProductId.ToString());
                    stock = await db.ProductOptions.Where(o => o.Id == optionId && o.ProductId == command.ProductId).Select(o => (int?)o.Stock).FirstOrDefaultAsync(ct)
                        ?? throw new DomainException(ErrorCodes.OptionRequired, optionId.ToString());
                }
                else if (command.OptionId is not null) throw new DomainException(ErrorCodes.ProductUnavailable, command.OptionId.ToString());
                else stock = product.Stock;
                if (command.Mode == Mode.Add) cart.Add(command.ProductId, command.OptionId, command.Quantity, stock, now);
                else cart.SetQuantity(command.ProductId, command.OptionId, command.Quantity, stock, now);
            }
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
