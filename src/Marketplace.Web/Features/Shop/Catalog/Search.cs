using AutoMapper.QueryableExtensions;
using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Marketplace.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Shop.Catalog;

/// <summary><c>/products</c>: find products by words in either language, filter and sort them.</summary>
public static class Search
{
    public const int PageSize = 24;
    public const int MaxQueryLength = 100;

    public enum SortOrder { Newest, PriceLow, PriceHigh, Popular }

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
        public SortOrder Sort { get; init; } = SortOrder.Newest;
        public int Page { get; init; } = 1;
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

    public sealed record Result(
        Query Query,
        IReadOnlyList<ProductCard> Items,
        int TotalCount,
        IReadOnlyList<FilterOption> Categories,
        IReadOnlyList<FilterOption> Tags)
    {
        public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    }

    public sealed class Handler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping, CatalogFigures cache)
        : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken ct)
        {
            var products = Filter(db.Products.AsNoTracking().Visible(), query);
            // Counting every match is the expensive part of a page; the page itself walks an index.
            var total = await cache.CountAsync(CountKey(query), () => products.CountAsync(ct));
            var items = await Sort(products, query.Sort)
                .Skip((query.Page - 1) * PageSize)
                .Take(PageSize)
                .ProjectTo<ProductCard>(mapping)
                .ToListAsync(ct);

            return new Result(query, items, total, await cache.CategoriesAsync(db, ct), await cache.TagsAsync(db, ct));
        }

        private static string CountKey(Query q) =>
            $"{Term(q)}|{q.Category}|{q.Type}|{q.Region}|{q.Tag}|{q.MinPrice}|{q.MaxPrice}";

        private static IQueryable<Product> Filter(IQueryable<Product> products, Query query)
        {
            // SearchText holds both languages' names lower-cased: a part of a word finds the product.
            var term = Term(query);
            if (!string.IsNullOrEmpty(term)) products = products.Where(p => p.SearchText.Contains(term));
            if (!string.IsNullOrWhiteSpace(query.Category)) products = products.Where(p => p.Category.Slug == query.Category);
            if (query.Type is { } type) products = products.Where(p => p.Enterprise.Type == type);
            if (query.Region is { } region) products = products.Where(p => p.Enterprise.Region == region);
            if (!string.IsNullOrWhiteSpace(query.Tag)) products = products.Where(p => p.Tags.Any(t => t.Slug == query.Tag));
            if (query.MinPrice is { } min) products = products.Where(p => p.PriceWon >= min);
            if (query.MaxPrice is { } max) products = products.Where(p => p.PriceWon <= max);
            return products;
        }

        private static string? Term(Query query) => query.Q?.Trim().ToLowerInvariant();

        private static IQueryable<Product> Sort(IQueryable<Product> products, SortOrder sort) => sort switch
        {
            SortOrder.PriceLow => products.OrderBy(p => p.PriceWon).ThenBy(p => p.Id),
            SortOrder.PriceHigh => products.OrderByDescending(p => p.PriceWon).ThenBy(p => p.Id),
            SortOrder.Popular => products.OrderByDescending(p => p.SalesCount).ThenByDescending(p => p.Id),
            _ => products.OrderByDescending(p => p.CreatedAtUtc).ThenByDescending(p => p.Id),
        };
    }
}
