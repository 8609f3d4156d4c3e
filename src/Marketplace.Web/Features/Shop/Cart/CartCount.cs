using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Cart;

/// <summary>How many items the reader's cart holds (units, as the cart page counts them); 0 without a cart.</summary>
public static class CartCount
{
    public sealed record Query(CartOwner Owner) : IRequest<int>;

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, int>
    {
        public async Task<int> Handle(Query query, CancellationToken ct)
        {
            var cart = await query.Owner.FindCartAsync(db, ct);
            return cart?.Lines.Sum(l => l.Quantity) ?? 0;
        }
    }
}
