using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Search;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Search;

/// <summary><c>/admin/search</c>: the synonym groups the search expands queries with, and what shoppers searched
/// for in vain over the last 30 days, most often first.</summary>
public static class SearchAdmin
{
    public sealed record Query : IRequest<Model>;

    public sealed record Model(IReadOnlyList<(int Id, string Terms)> Synonyms, IReadOnlyList<(string Query, int Count)> ZeroResults, int Documents);

    public sealed class Handler(MarketplaceDbContext db, CatalogIndex index, TimeProvider clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var synonyms = await db.SearchSynonyms.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Terms }).ToListAsync(ct);
            var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
            var zero = await db.ZeroResultSearches.AsNoTracking().Where(z => z.AtUtc >= since).GroupBy(z => z.Query)
                .Select(g => new { Query = g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Query).Take(50).ToListAsync(ct);
            return new Model(synonyms.Select(s => (s.Id, s.Terms)).ToList(), zero.Select(z => (z.Query, z.Count)).ToList(), index.DocumentCount);
        }
    }

    public sealed record AddSynonyms(string Terms) : IRequest<Unit>, ITransactional;

    public sealed class AddSynonymsValidator : AbstractValidator<AddSynonyms>
    {
        public AddSynonymsValidator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.Terms).Must(t => t.Length <= 500 && SearchSynonym.Parse(t).Count >= 2).WithMessage(_ => texts["SearchAdmin.GroupInvalid"]);
    }

    public sealed class AddSynonymsHandler(MarketplaceDbContext db, ProductSearch search, TimeProvider clock) : IRequestHandler<AddSynonyms, Unit>
    {
        public async Task<Unit> Handle(AddSynonyms command, CancellationToken ct)
        {
            db.SearchSynonyms.Add(new SearchSynonym(string.Join(",", SearchSynonym.Parse(command.Terms)), clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(ct);
            search.ForgetSynonyms();
            return Unit.Value;
        }
    }

    public sealed record RemoveSynonyms(int Id) : IRequest<bool>, ITransactional;

    public sealed class RemoveSynonymsHandler(MarketplaceDbContext db, ProductSearch search) : IRequestHandler<RemoveSynonyms, bool>
    {
        public async Task<bool> Handle(RemoveSynonyms command, CancellationToken ct)
        {
            var removed = await db.SearchSynonyms.Where(s => s.Id == command.Id).ExecuteDeleteAsync(ct) > 0;
            search.ForgetSynonyms();
            return removed;
        }
    }

    /// <summary>The index built again from the database, as <c>-- reindex</c> does.</summary>
    public sealed record Reindex : IRequest<int>;

    public sealed class ReindexHandler(MarketplaceDbContext db, CatalogIndex index) : IRequestHandler<Reindex, int>
    {
        public async Task<int> Handle(Reindex command, CancellationToken ct)
        {
            await index.RebuildAsync(db, ct);
            return index.DocumentCount;
        }
    }
}
