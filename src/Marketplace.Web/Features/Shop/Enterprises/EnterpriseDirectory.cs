using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Shop.Enterprises;

/// <summary><c>/enterprises</c>: the approved enterprises, filtered by type, 시/도, a valid certification
/// or a social value their products carry, sorted by name, newest or their latest year's social value.</summary>
public static class EnterpriseDirectory
{
    public const int PageSize = 24;

    public enum SortOrder { Name, Newest, SocialValue }

    public sealed record Query : IRequest<Result>, ISharedQuery
    {
        public TimeSpan CacheFor => TimeSpan.FromSeconds(30);

        public EnterpriseType? Type { get; init; }
        public Region? Region { get; init; }
        /// <summary>Only enterprises whose certification is valid today (KST).</summary>
        public bool Certified { get; init; }
        /// <summary>A social-value tag: enterprises with a published product carrying it.</summary>
        public string? Tag { get; init; }
        public SortOrder Sort { get; init; } = SortOrder.Name;
        public int Page { get; init; } = 1;
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(q => q.Page).InclusiveBetween(1, 10_000).WithMessage(_ => texts["Search.PageOutOfRange"]);
            RuleFor(q => q.Tag).MaximumLength(60).WithMessage(_ => texts["Search.UnknownFilter"]);
        }
    }

    public sealed record Item(int Id, string Name, string NameEn, EnterpriseType Type, Region Region, string? LogoUrl,
        string SocialMission, string SocialMissionEn, DateOnly? CertificationExpiresOn, int? FiguresYear, long? SocialValueWon, int ProductCount);

    public sealed record Result(Query Query, IReadOnlyList<Item> Items, int TotalCount, IReadOnlyList<Catalog.Search.FilterOption> Tags)
    {
        public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    }

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Query, Result>
    {
        public async Task<Result> Handle(Query query, CancellationToken ct)
        {
            var enterprises = db.Enterprises.AsNoTracking().Where(e => e.Status == ApprovalStatus.Approved);
            if (query.Type is { } type) enterprises = enterprises.Where(e => e.Type == type);
            if (query.Region is { } region) enterprises = enterprises.Where(e => e.Region == region);
            if (query.Certified)
            {
                var today = KoreaTime.Today(clock);
                enterprises = enterprises.Where(e => e.CertificationExpiresOn != null && e.CertificationExpiresOn >= today);
            }
            if (!string.IsNullOrWhiteSpace(query.Tag))
            {
                var tag = query.Tag.Trim();
                enterprises = enterprises.Where(e => db.Products.Any(p => p.EnterpriseId == e.Id
                    && p.Status == Domain.Catalog.ProductStatus.Published && p.Tags.Any(t => t.Slug == tag)));
            }

            var total = await enterprises.CountAsync(ct);
            var sorted = query.Sort switch
            {
                SortOrder.Newest => enterprises.OrderByDescending(e => e.CreatedAtUtc).ThenBy(e => e.Id),
                // Enterprises without figures last, then by name.
                SortOrder.SocialValue => enterprises
                    .OrderByDescending(e => e.SocialValueYears.OrderByDescending(y => y.Year).Select(y => (long?)y.TotalWon).FirstOrDefault() ?? -1)
                    .ThenBy(e => e.Name),
                _ => enterprises.OrderBy(e => e.Name).ThenBy(e => e.Id),
            };
            var page = Math.Min(query.Page, Math.Max(1, (total + PageSize - 1) / PageSize));
            var items = await sorted.Skip((page - 1) * PageSize).Take(PageSize)
                .Select(e => new Item(e.Id, e.Name, e.NameEn, e.Type, e.Region, e.LogoUrl, e.SocialMission, e.SocialMissionEn, e.CertificationExpiresOn,
                    e.SocialValueYears.OrderByDescending(y => y.Year).Select(y => (int?)y.Year).FirstOrDefault(),
                    e.SocialValueYears.OrderByDescending(y => y.Year).Select(y => (long?)y.TotalWon).FirstOrDefault(),
                    db.Products.Count(p => p.EnterpriseId == e.Id && p.Status == Domain.Catalog.ProductStatus.Published)))
                .ToListAsync(ct);
            var tags = await db.SocialValueTags.AsNoTracking().OrderBy(t => t.Name)
                .Select(t => new Catalog.Search.FilterOption(t.Slug, t.Name, t.NameEn)).ToListAsync(ct);
            return new Result(query with { Page = page }, items, total, tags);
        }
    }
}
