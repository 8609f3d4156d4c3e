using Marketplace.Domain.Catalog;
using Marketplace.Domain.Enterprises;

namespace Marketplace.Web.Features.Shop.Catalog;

/// <summary>A product as a tile in a list: the home page, search results, an enterprise's page.</summary>
public sealed class ProductCard
{
    public int Id { get; init; }
    public string Name { get; init; } = "";
    public string NameEn { get; init; } = "";
    public long Price { get; init; }
    public int Stock { get; init; }
    public ProductKind Kind { get; init; }
    public string? ImageUrl { get; init; }
    public int EnterpriseId { get; init; }
    public string EnterpriseName { get; init; } = "";
    public string EnterpriseNameEn { get; init; } = "";
    public EnterpriseType EnterpriseType { get; init; }
    public int ReviewCount { get; init; }
    public double RatingAverage { get; init; }

    public sealed class Profile : AutoMapper.Profile
    {
        public Profile() => CreateProjection<Product, ProductCard>()
            .ForMember(d => d.Price, o => o.MapFrom(p => p.PriceWon))
            .ForMember(d => d.ImageUrl, o => o.MapFrom(p => p.Images.OrderBy(i => i.SortOrder).Select(i => i.Url).FirstOrDefault()));
    }
}

/// <summary>Only what buyers may see: published listings. Only an approved enterprise's listing
/// can be published (<see cref="Product.Publish"/>), so no join to enterprises is needed here;
/// suspending an enterprise withdraws its listings in the same transaction.</summary>
public static class CatalogQueries
{
    public static IQueryable<Product> Visible(this IQueryable<Product> products) =>
        products.Where(p => p.Status == ProductStatus.Published);
}
