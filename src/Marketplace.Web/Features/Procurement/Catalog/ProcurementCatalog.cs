using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Marketplace.Web.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Catalog;

/// <summary><c>/procurement/products</c>: the same listings as the shop, as a public buyer reads them:
/// supply price and VAT apart (as on a tax invoice), minimum order, quantity prices, and whether a
/// purchase would count toward the preferential-purchase results (a certification valid today, KST).</summary>
public static class ProcurementCatalog
{
    public const int PageSize = 24;

    public sealed record Query : IRequest<Result>
    {
        public string? Q { get; init; }
        public EnterpriseType? Type { get; init; }
        /// <summary>Only enterprises whose certification is valid today: purchases that count.</summary>
        public bool Counts { get; init; }
        public int Page { get; init; } = 1;
    }

    public sealed record Tier(int MinQuantity, long UnitPrice)
    {
        public Won Supply => new Won(UnitPrice).SplitVat().Supply;
        public Won Vat => new Won(UnitPrice).SplitVat().Vat;
    }

    public sealed record Item(int Id, string Name, string NameEn, long Price, int MinOrderQuantity, IReadOnlyList<Tier> Tiers,
        int EnterpriseId, string EnterpriseName, EnterpriseType EnterpriseType, CertificationState Certification)
    {
        public Won Supply => new Won(Price).SplitVat().Supply;
        public Won Vat => new Won(Price).SplitVat().Vat;
        public bool CountsTowardResults => Certification == CertificationState.Valid;
    }

    public sealed record Result(Query Query, IReadOnlyList<Item> Items, int TotalCount)
    {
        public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(q => q.Q).MaximumLength(Search.MaxQueryLength).WithMessage(_ => texts["Search.QueryTooLong", Search.MaxQueryLength]);
            RuleFor(q => q.Page).InclusiveBetween(1, 10_000).WithMessage(_ => texts["Search.PageOutOfRange"]);
        }
    }

    /// <remarks>Words go through the same search as the consumer catalog; the ranking is then filtered in the database.</remarks>
    public sealed class Handler(MarketplaceDbContext db, ProductSearch search, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken ct)
        {
            var today = KoreaTime.Today(clock);
            var products = db.Products.AsNoTracking().Visible();
            if (query.Type is { } type) products = products.Where(p => p.Enterprise.Type == type);
            if (query.Counts) products = products.Where(p => p.Enterprise.CertificationExpiresOn != null && p.Enterprise.CertificationExpiresOn >= today);

            List<int>? ranked = null;
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var hits = await search.RankAsync(query.Q.Trim(), PageSize, ct);
                var candidates = hits.Hits.Select(h => h.Id).ToList();
                var kept = (await products.Where(p => EF.Constant(candidates).Contains(p.Id)).Select(p => p.Id).ToListAsync(ct)).ToHashSet();
                ranked = candidates.Where(kept.Contains).ToList();
            }
            var total = ranked?.Count ?? await products.CountAsync(ct);
            var pageIds = ranked?.Skip((query.Page - 1) * PageSize).Take(PageSize).ToList();
            var ordered = pageIds is null
                ? products.OrderByDescending(p => p.SalesCount).ThenBy(p => p.Id).Skip((query.Page - 1) * PageSize).Take(PageSize)
                : products.Where(p => EF.Constant(pageIds).Contains(p.Id));
            var page = await ordered
                .Select(p => new
                {
                    p.Id, p.Name, p.NameEn, p.PriceWon, p.MinOrderQuantity,
                    Tiers = p.PriceTiers.OrderBy(t => t.MinQuantity).Select(t => new { t.MinQuantity, t.UnitPriceWon }).ToList(),
                    p.EnterpriseId, EnterpriseName = p.Enterprise.Name, p.Enterprise.Type, p.Enterprise.CertificationExpiresOn,
                })
                .ToListAsync(ct);
            if (pageIds is not null) page = page.OrderBy(p => pageIds.IndexOf(p.Id)).ToList();
            var items = page.Select(p => new Item(p.Id, p.Name, p.NameEn, p.PriceWon, p.MinOrderQuantity,
                    p.Tiers.Select(t => new Tier(t.MinQuantity, t.UnitPriceWon)).ToList(),
                    p.EnterpriseId, p.EnterpriseName, p.Type, Certification.StateOn(p.CertificationExpiresOn, today)))
                .ToList();
            return new Result(query, items, total);
        }
    }
}
