using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Features.Shop.Catalog;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Marketplace.Web.Features.Shop.Wishlist;

/// <summary>The heart: a published product joins the member's 찜 (remembering its price and stock, for the news), or leaves it.</summary>
public static class ToggleWish
{
    public sealed record Command(string MemberId, int ProductId) : IRequest<bool?>;

    /// <returns>Whether the product is wished now; null when there is no such product on sale.</returns>
    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock, IMemoryCache kept) : IRequestHandler<Command, bool?>
    {
        public async Task<bool?> Handle(Command command, CancellationToken ct)
        {
            try
            {
                return await ToggleAsync(command, ct);
            }
            finally
            {
                WishedIds.Forget(kept, command.MemberId); // the hearts on this server show the change at once
            }
        }

        private async Task<bool?> ToggleAsync(Command command, CancellationToken ct)
        {
            if (await db.WishlistItems.Where(w => w.MemberId == command.MemberId && w.ProductId == command.ProductId).ExecuteDeleteAsync(ct) > 0)
                return false;
            var product = await db.Products.AsNoTracking().Visible().Where(p => p.Id == command.ProductId)
                .Select(p => new { p.PriceWon, p.Stock, p.Kind }).FirstOrDefaultAsync(ct);
            if (product is null) return null;
            if (await db.WishlistItems.CountAsync(w => w.MemberId == command.MemberId, ct) >= WishlistItem.MaxPerMember)
                throw new DomainException(ErrorCodes.WishlistFull);
            var inStock = product.Stock > 0;
            db.WishlistItems.Add(new WishlistItem(command.MemberId, command.ProductId, product.PriceWon, inStock, clock.GetUtcNow().UtcDateTime));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Pressed twice at once: the other press added it.
                db.ChangeTracker.Clear();
            }
            return true;
        }
    }
}
