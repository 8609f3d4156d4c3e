using AutoMapper.QueryableExtensions;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Shop.Enterprises;
using MediatR;
using Marketplace.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Catalog;

/// <summary><c>/products/{id}</c>: price, stock, the enterprise behind the product and its social value.</summary>
public static class Details
{
    // Stock shown here may lag by seconds; checkout reserves against the database, never this page.
    public sealed record Query(int Id) : IRequest<Model?>, ISharedQuery
    {
        public TimeSpan CacheFor => TimeSpan.FromSeconds(10);
    }

    public sealed class Model
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string Description { get; init; } = "";
        public string DescriptionEn { get; init; } = "";
        public ProductKind Kind { get; init; }
        public long Price { get; init; }
        public int Stock { get; init; }
        public string CategorySlug { get; init; } = "";
        public string CategoryName { get; init; } = "";
        public string CategoryNameEn { get; init; } = "";
        public IReadOnlyList<string> ImageUrls { get; init; } = [];
        public IReadOnlyList<TagModel> Tags { get; init; } = [];
        public EnterpriseCard Enterprise { get; init; } = null!;
        public SellerCard Seller { get; init; } = null!;
        /// <summary>상품정보제공고시 as the seller stated it, in the kind's order.</summary>
        public IReadOnlyList<NoticeLine> Notice { get; init; } = [];
        public int? NoticeTemplateId { get; init; }
        public string? NoticeKindName { get; set; }
        public string? NoticeKindNameEn { get; set; }
        public string? Origin { get; init; }
        public string? OptionLabel { get; init; }
        public int ReviewCount { get; init; }
        public double RatingAverage { get; init; }
        public IReadOnlyList<OptionModel> Options { get; init; } = [];
        public ShippingMode ShippingMode { get; init; }
        public long ShippingFeeWon { get; init; }
        // The seller's shipping policy, flattened from the enterprise.
        public long EnterpriseShippingBaseFeeWon { get; init; }
        public long? EnterpriseFreeShippingOverWon { get; init; }
        public long EnterpriseJejuExtraFeeWon { get; init; }
        public long EnterpriseIslandExtraFeeWon { get; init; }

        public Won SupplyPrice => new Won(Price).SplitVat().Supply;
        public Won Vat => new Won(Price).SplitVat().Vat;
    }

    public sealed record NoticeLine(string Label, string Value);

    public sealed record OptionModel(int Id, string Name, long PriceDifferenceWon, int Stock);

    public sealed class TagModel
    {
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public string NameEn { get; init; } = "";
    }

    public sealed class Profile : AutoMapper.Profile
    {
        public Profile()
        {
            CreateProjection<SocialValueTag, TagModel>();
            CreateProjection<Product, Model>()
                .ForMember(d => d.Price, o => o.MapFrom(p => p.PriceWon))
                .ForMember(d => d.Seller, o => o.MapFrom(p => p.Enterprise))
                .ForMember(d => d.ImageUrls, o => o.MapFrom(p => p.Images.OrderBy(i => i.SortOrder).Select(i => i.Url)))
                .ForMember(d => d.Notice, o => o.MapFrom(p => p.Notice.OrderBy(e => e.SortOrder).Select(e => new NoticeLine(e.Label, e.Value))))
                .ForMember(d => d.Options, o => o.MapFrom(p => p.Options.OrderBy(x => x.SortOrder).Select(x => new OptionModel(x.Id, x.Name, x.PriceDifferenceWon, x.Stock))))
                .ForMember(d => d.NoticeKindName, o => o.Ignore())
                .ForMember(d => d.NoticeKindNameEn, o => o.Ignore());
        }
    }

    public sealed class Handler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<Query, Model?>
    {
        public async Task<Model?> Handle(Query query, CancellationToken ct)
        {
            var model = await db.Products.AsNoTracking().Visible()
                .Where(p => p.Id == query.Id)
                .ProjectTo<Model>(mapping)
                .AsSplitQuery()
                .FirstOrDefaultAsync(ct);
            if (model?.NoticeTemplateId is { } kind && await db.NoticeTemplates.AsNoTracking().Where(t => t.Id == kind)
                    .Select(t => new { t.Name, t.NameEn }).FirstOrDefaultAsync(ct) is { } name)
                (model.NoticeKindName, model.NoticeKindNameEn) = (name.Name, name.NameEn);
            return model;
        }
    }
}
