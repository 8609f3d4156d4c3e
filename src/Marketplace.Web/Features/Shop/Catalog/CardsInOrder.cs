using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Caching;
using MediatR;

namespace Marketplace.Web.Features.Shop.Catalog;

/// <summary>The cards of the products still on sale among some ids, in the order given: a shared read, so a list
/// of cards drawn on every page (the recently viewed row) is not a query on every page.</summary>
public static class CardsInOrder
{
    /// <param name="Ids">Dot-separated, so the request is a record of plain values (the cache's key).</param>
    public sealed record Query(string Ids) : IRequest<IReadOnlyList<ProductCard>>, ISharedQuery
    {
        public TimeSpan CacheFor => TimeSpan.FromSeconds(10);

        public static Query Of(IEnumerable<int> ids) => new(string.Join('.', ids));
    }

    public sealed class Handler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<Query, IReadOnlyList<ProductCard>>
    {
        public Task<IReadOnlyList<ProductCard>> Handle(Query query, CancellationToken ct)
        {
            var ids = query.Ids.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(s => int.TryParse(s, out var id) ? id : 0).Where(id => id > 0).ToList();
            return Wishlist.MyWishlist.CardsInOrderAsync(db, mapping, ids, ct);
        }
    }
}
