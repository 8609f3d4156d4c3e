using AutoMapper.QueryableExtensions;
using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Shop.Catalog;

/// <summary><c>/products</c>: find products by words in either language, filter and sort them. With words, the
/// search index ranks the products (<see cref="ProductSearch"/>) and the database filters and pages that ranking;
/// without, the database lists them newest first.</summary>
public static class Search
{
    public const int PageSize = 24;
    public const int MaxQueryLength = 100;

    public enum SortOrder { Relevance, Newest, PriceLow, PriceHigh, Popular, Rating }

    public sealed record Query : IRequest<Result>, ISharedQuery
    {
        public TimeSpan CacheFor => TimeSpan.FromSeconds(10);

        public string? Q { get; init; }
        public string? Category { get; init; }
        public EnterpriseType? Type { get; init; }
        public Region? Region { get; init; }
        public string? Tag { get; init; }
        public long? MinPrice { get; init; }
        public long? MaxPrice { get; init; }
        /// <summary>Unset: by relevance when there are words, else newest first.</summary>
        public SortOrder? Sort { get; init; }
        public int Page { get; init; } = 1;

        public bool HasWords => !string.IsNullOrWhiteSpace(Q);
        public bool HasFilters => !string.IsNullOrWhiteSpace(Category) || Type is not null || Region is not null || !string.IsNullOrWhiteSpace(Tag)
            || MinPrice is not null || MaxPrice is not null;
        public SortOrder EffectiveSort => Sort is { } chosen && (chosen != SortOrder.Relevance || HasWords) ? chosen : HasWords ? SortOrder.Relevance : SortOrder.Newest;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(q => q.Q).MaximumLength(MaxQueryLength).WithMessage(_ => texts["Search.QueryTooLong", MaxQueryLength]);
            RuleFor(q => q.Page).InclusiveBetween(1, 10_000).WithMessage(_ => texts["Search.PageOutOfRange"]);
            RuleFor(q => q.MinPrice).GreaterThanOrEqualTo(0).WithMessage(_ => texts["Search.NegativePrice"]);
            RuleFor(q => q.MaxPrice).GreaterThanOrEqualTo(0).WithMessage(_ => texts["Search.NegativePrice"]);
            RuleFor(q => q.MaxPrice).GreaterThanOrEqualTo(q => q.MinPrice)
                .When(q => q.MinPrice is not null && q.MaxPrice is not null)
                .WithMessage(_ => texts["Search.PriceRangeReversed"]);
            RuleFor(q => q.Category).MaximumLength(60).WithMessage(_ => texts["Search.UnknownFilter"]);
            RuleFor(q => q.Tag).MaximumLength(60).WithMessage(_ => texts["Search.UnknownFilter"]);
        }
    }

    public sealed record FilterOption(string Slug, string Name, string NameEn);

    public sealed record EnterpriseMatch(int Id, string Name, string NameEn);

    public sealed record Result(
        Query Query,
        IReadOnlyList<ProductCard> Items,
        int TotalCount,
        IReadOnlyList<FilterOption> Categories,
        IReadOnlyList<FilterOption> Tags)
    {
        public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
        /// <summary>Enterprises the words name, shown above the products.</summary>
        public IReadOnlyList<EnterpriseMatch> Enterprises { get; init; } = [];
        /// <summary>On no result: the closest product name, offered as a new search.</summary>
        public string? DidYouMean { get; init; }
    }

    public sealed class Handler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping, CatalogFigures cache, ProductSearch search)
        : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken ct)
        {
            var products = Filter(db.Products.AsNoTracking().Visible(), query);
            var sort = query.EffectiveSort;
            List<ProductCard> items;
            int total;
            IReadOnlyList<EnterpriseMatch> enterprises = [];
            if (query.HasWords)
            {
                var text = query.Q!.Trim();
                // By relevance and unfiltered, the index's ranking is the list (it has just caught up with the feed and
                // holds only what is on sale): it is asked for the pages up to this one and counts every match.
                // Otherwise the database filters or sorts the best candidates.
                var ranked = sort == SortOrder.Relevance && !query.HasFilters;
                var ranking = await search.RankAsync(text, PageSize, ct, ranked ? (query.Page + 1) * PageSize : CatalogSearch.MaxCandidates);
                var kept = ranked ? ranking.Hits.Select(h => h.Id).ToList() : await NarrowAsync(ranking.Hits.Select(h => h.Id).ToList(), query, sort, ct);
                total = ranked ? ranking.Total : kept.Count;
                var pageIds = kept.Skip((query.Page - 1) * PageSize).Take(PageSize).ToList();
                var position = pageIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
                // By key alone: a status or price predicate here would lead SQLite to walk that index instead.
                items = (await db.Products.AsNoTracking().Where(p => pageIds.Contains(p.Id)).ProjectTo<ProductCard>(mapping).ToListAsync(ct))
                    .OrderBy(c => position[c.Id]).ToList();
                if (query.Page == 1)
                    enterprises = ranking.Enterprises.Select(e => new EnterpriseMatch(e.Id, e.Name, e.NameEn)).ToList();
                var didYouMean = total == 0 && enterprises.Count == 0 ? search.NothingFound(text) : null;
                return new Result(query, items, total, await cache.CategoriesAsync(db, ct), await cache.TagsAsync(db, ct))
                    { Enterprises = enterprises, DidYouMean = didYouMean };
            }

            // Counting every match is the expensive part of a page; the page itself walks an index.
            total = await cache.CountAsync(CountKey(query), () => products.CountAsync(ct));
            items = await Page(products, sort, query.Page).ProjectTo<ProductCard>(mapping).ToListAsync(ct);
            return new Result(query, items, total, await cache.CategoriesAsync(db, ct), await cache.TagsAsync(db, ct));
        }

        /// <summary>The ranked ids (at most <see cref="CatalogSearch.MaxCandidates"/>) still on sale that pass the
        /// filters, in the order asked: the ranking's, or price, sales or date. The facts are read by key and
        /// filtered here, so no engine walks a whole index of the catalog for a thousand ids.</summary>
        private async Task<List<int>> NarrowAsync(List<int> ranked, Query query, SortOrder sort, CancellationToken ct)
        {
            if (ranked.Count == 0) return [];
            var facts = await db.Products.AsNoTracking().Where(p => ranked.Contains(p.Id))
                .Select(p => new { p.Id, p.Status, Category = p.Category.Slug, p.Enterprise.Type, p.Enterprise.Region, p.PriceWon, p.SalesCount, p.CreatedAtUtc, p.RatingAverage, p.ReviewCount })
                .ToListAsync(ct);
            var tagged = string.IsNullOrWhiteSpace(query.Tag) ? null
                : (await db.Products.AsNoTracking().Where(p => ranked.Contains(p.Id) && p.Tags.Any(t => t.Slug == query.Tag)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
            var rank = ranked.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            var kept = facts.Where(f => f.Status == ProductStatus.Published
                && (string.IsNullOrWhiteSpace(query.Category) || f.Category == query.Category)
                && (query.Type is null || f.Type == query.Type) && (query.Region is null || f.Region == query.Region)
                && (tagged is null || tagged.Contains(f.Id))
                && (query.MinPrice is null || f.PriceWon >= query.MinPrice) && (query.MaxPrice is null || f.PriceWon <= query.MaxPrice));
            return (sort switch
            {
                SortOrder.PriceLow => kept.OrderBy(f => f.PriceWon).ThenBy(f => f.Id),
                SortOrder.PriceHigh => kept.OrderByDescending(f => f.PriceWon).ThenBy(f => f.Id),
                SortOrder.Popular => kept.OrderByDescending(f => f.SalesCount).ThenByDescending(f => f.Id),
                SortOrder.Rating => kept.OrderByDescending(f => f.RatingAverage).ThenByDescending(f => f.ReviewCount).ThenByDescending(f => f.Id),
                SortOrder.Newest => kept.OrderByDescending(f => f.CreatedAtUtc).ThenByDescending(f => f.Id),
                _ => kept.OrderBy(f => rank[f.Id]),
            }).Select(f => f.Id).ToList();
        }

        private static IQueryable<Product> Page(IQueryable<Product> products, SortOrder sort, int page) =>
            Sort(products, sort).Skip((page - 1) * PageSize).Take(PageSize);

        private static string CountKey(Query q) =>
            $"|{q.Category}|{q.Type}|{q.Region}|{q.Tag}|{q.MinPrice}|{q.MaxPrice}";

        private static IQueryable<Product> Filter(IQueryable<Product> products, Query query)
        {
            if (!string.IsNullOrWhiteSpace(query.Category)) products = products.Where(p => p.Category.Slug == query.Category);
            if (query.Type is { } type) products = products.Where(p => p.Enterprise.Type == type);
            if (query.Region is { } region) products = products.Where(p => p.Enterprise.Region == region);
            if (!string.IsNullOrWhiteSpace(query.Tag)) products = products.Where(p => p.Tags.Any(t => t.Slug == query.Tag));
            if (query.MinPrice is { } min) products = products.Where(p => p.PriceWon >= min);
            if (query.MaxPrice is { } max) products = products.Where(p => p.PriceWon <= max);
            return products;
        }

        private static IQueryable<Product> Sort(IQueryable<Product> products, SortOrder sort) => sort switch
        {
            SortOrder.PriceLow => products.OrderBy(p => p.PriceWon).ThenBy(p => p.Id),
            SortOrder.PriceHigh => products.OrderByDescending(p => p.PriceWon).ThenBy(p => p.Id),
            SortOrder.Popular => products.OrderByDescending(p => p.SalesCount).ThenByDescending(p => p.Id),
            // Best rated first; among equals, the one more buyers rated.
            SortOrder.Rating => products.OrderByDescending(p => p.RatingAverage).ThenByDescending(p => p.ReviewCount).ThenByDescending(p => p.Id),
            _ => products.OrderByDescending(p => p.CreatedAtUtc).ThenByDescending(p => p.Id),
        };
    }
}
