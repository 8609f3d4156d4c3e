using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Shop.Shipping;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Cart;

/// <summary><c>/cart</c> and the checkout review: lines grouped by enterprise (each fulfils its own
/// order), with prices as they are now. A listing withdrawn since it was added shows as unavailable
/// and is left out of the total. Each group carries its enterprise's shipping: the fee, and how much more would make it free;
/// with the delivery address's 우편번호 (<see cref="Query.Postcode"/>) also the 제주 or 도서산간 extra.</summary>
public static class ViewCart
{
    public sealed record Query(CartOwner Owner, string? Postcode = null) : IRequest<Model>;

    /// <param name="OptionId">The option chosen, for a listing with options; <paramref name="Stock"/> is then the option's.</param>
    public sealed record Line(int ProductId, string Name, string NameEn, long UnitPrice, int Quantity, int Stock, bool Available,
        int? OptionId = null, string? OptionName = null, ShippingLine? Shipping = null)
    {
        /// <summary>The product with its option, as the gateway's page and the order name the line.</summary>
        public string DisplayName => OptionName is null ? Name : $"{Name} · {OptionName}";
        public string DisplayNameEn => OptionName is null ? NameEn : $"{NameEn} · {OptionName}";
        public bool Payable => Available && Quantity <= Stock;
        public Won Subtotal => new Won(UnitPrice) * Quantity;
    }

    public sealed record Group(int EnterpriseId, string EnterpriseName, string EnterpriseNameEn, IReadOnlyList<Line> Lines,
        ShippingPolicy Policy, RemoteAreaKind? Area)
    {
        /// <summary>The goods that can be paid for.</summary>
        public Won Subtotal => Lines.Where(l => l.Payable).Aggregate(Won.Zero, (sum, l) => sum + l.Subtotal);
        public ShippingQuote Shipping => Policy.Quote(Lines.Where(l => l.Payable && l.Shipping is not null).Select(l => l.Shipping! with { SubtotalWon = l.Subtotal.Amount }), Area);
        public Won Total => Subtotal + new Won(Shipping.TotalWon);
    }

    public sealed record Model(IReadOnlyList<Group> Groups, RemoteAreaKind? Area = null)
    {
        public Won GoodsTotal => Groups.Aggregate(Won.Zero, (sum, g) => sum + g.Subtotal);
        public Won ShippingTotal => new(Groups.Sum(g => g.Shipping.TotalWon));
        public Won RemoteTotal => new(Groups.Sum(g => g.Shipping.RemoteWon));
        /// <summary>What the shopper pays: goods and shipping.</summary>
        public Won Total => GoodsTotal + ShippingTotal;
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

            var productIds = cart.Lines.Select(l => l.ProductId).Distinct().ToList();
            var optionIds = cart.Lines.Where(l => l.OptionId != null).Select(l => l.OptionId!.Value).ToList();
            var options = await db.ProductOptions.AsNoTracking().Where(o => optionIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
            var products = await db.Products.AsNoTracking()
                .Where(p => productIds.Contains(p.Id))
                .Select(p => new
                {
                    p.Id, p.Name, p.NameEn, p.PriceWon, p.Stock, p.Status, p.EnterpriseId, HasOptions = p.Options.Any(),
                    EnterpriseName = p.Enterprise.Name, EnterpriseNameEn = p.Enterprise.NameEn, p.Kind, p.ShippingMode, p.ShippingFeeWon,
                })
                .ToListAsync(ct);
            var enterpriseIds = products.Select(p => p.EnterpriseId).Distinct().ToList();
            var policies = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id))
                .Select(e => new { e.Id, e.ShippingBaseFeeWon, e.FreeShippingOverWon, e.JejuExtraFeeWon, e.IslandExtraFeeWon })
                .ToDictionaryAsync(e => e.Id, e => new ShippingPolicy(e.ShippingBaseFeeWon, e.FreeShippingOverWon, e.JejuExtraFeeWon, e.IslandExtraFeeWon), ct);
            var area = query.Postcode is { Length: 5 } postcode ? await RemoteAreas.KindOfAsync(db, postcode, ct) : null;

            var byId = products.ToDictionary(p => p.Id);
            // A line whose option is gone, or a listing that gained options since, cannot be paid until chosen again.
            var lines = cart.Lines.Where(l => byId.ContainsKey(l.ProductId)).Select(l =>
            {
                var p = byId[l.ProductId];
                var option = l.OptionId is { } id ? options.GetValueOrDefault(id) : null;
                var available = p.Status == ProductStatus.Published && (l.OptionId is null ? !p.HasOptions : option is not null);
                return (p.EnterpriseId, p.EnterpriseName, p.EnterpriseNameEn, Line: new Line(p.Id, p.Name, p.NameEn,
                    p.PriceWon + (option?.PriceDifferenceWon ?? 0), l.Quantity, option?.Stock ?? p.Stock, available, option?.Id, option?.Name,
                    new ShippingLine(p.Kind, p.ShippingMode, p.ShippingFeeWon, 0)));
            });
            var groups = lines
                .GroupBy(x => new { x.EnterpriseId, x.EnterpriseName, x.EnterpriseNameEn })
                .OrderBy(g => g.Key.EnterpriseName, StringComparer.Ordinal)
                .Select(g => new Group(g.Key.EnterpriseId, g.Key.EnterpriseName, g.Key.EnterpriseNameEn, g.Select(x => x.Line)
                    .OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.OptionName, StringComparer.Ordinal)
                    .ToList(), policies[g.Key.EnterpriseId], area))
                .ToList();
            return new Model(groups, area);
        }
    }
}
