using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Cart;

/// <summary><c>/cart</c> and the checkout review: lines grouped by enterprise (each fulfils its own
/// order), with prices as they are now. A listing withdrawn since it was added shows as unavailable
/// and is left out of the total.</summary>
public static class ViewCart
{
    public sealed record Query(CartOwner Owner) : IRequest<Model>;

    public sealed record Line(int ProductId, string Name, string NameEn, long UnitPrice, int Quantity, int Stock, bool Available)
    {
        public bool Payable => Available && Quantity <= Stock;
        public Won Subtotal => new Won(UnitPrice) * Quantity;
    }

    public sealed record Group(int EnterpriseId, string EnterpriseName, string EnterpriseNameEn, IReadOnlyList<Line> Lines)
    {
        public Won Subtotal => Lines.Where(l => l.Payable).Aggregate(Won.Zero, (sum, l) => sum + l.Subtotal);
    }

    public sealed record Model(IReadOnlyList<Group> Groups)
    {
        public Won Total => Groups.Aggregate(Won.Zero, (sum, g) => sum + g.Subtotal);
        public int ItemCount => Groups.Sum(g => g.Lines.Sum(l => l.Quantity));
        public bool IsEmpty => Groups.Count == 0;
        public bool CanCheckOut => !IsEmpty && Groups.All(g => g.Lines.All(l => l.Payable));
    }

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var cart = await query.Owner.FindCartAsync(db, ct);
            if (cart is null || cart.Lines.Count == 0) return new Model([]);

            var quantities = cart.Lines.ToDictionary(l => l.ProductId, l => l.Quantity);
            var products = await db.Products.AsNoTracking()
                .Where(p => quantities.Keys.Contains(p.Id))
                .Select(p => new
                {
                    p.Id, p.Name, p.NameEn, p.PriceWon, p.Stock, p.Status, p.EnterpriseId,
                    EnterpriseName = p.Enterprise.Name, EnterpriseNameEn = p.Enterprise.NameEn,
                })
                .ToListAsync(ct);

            var groups = products
                .GroupBy(p => new { p.EnterpriseId, p.EnterpriseName, p.EnterpriseNameEn })
                .OrderBy(g => g.Key.EnterpriseName, StringComparer.Ordinal)
                .Select(g => new Group(g.Key.EnterpriseId, g.Key.EnterpriseName, g.Key.EnterpriseNameEn, g
                    .OrderBy(p => p.Name, StringComparer.Ordinal)
                    .Select(p => new Line(p.Id, p.Name, p.NameEn, p.PriceWon, quantities[p.Id], p.Stock, p.Status == ProductStatus.Published))
                    .ToList()))
                .ToList();
            return new Model(groups);
        }
    }
}
