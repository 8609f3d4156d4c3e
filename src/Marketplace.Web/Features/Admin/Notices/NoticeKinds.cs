using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.Notices;

/// <summary><c>/admin/notices</c>: the kinds of 상품정보제공고시 with their items, and which kind each category's listings need.</summary>
public static class NoticeKinds
{
    /// <summary>A kind as the form edits it: items one per line.</summary>
    public sealed class Form
    {
        public int? Id { get; set; }
        public string Code { get; set; } = "";
        public string Name { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string Fields { get; set; } = "";
    }

    public sealed record Kind(int Id, string Code, string Name, string NameEn, IReadOnlyList<string> Fields, int Listings);

    public sealed record CategoryRow(string Slug, string Name, ProductKind Kind, int? NoticeTemplateId);

    public sealed record Model(IReadOnlyList<Kind> Kinds, IReadOnlyList<CategoryRow> Categories, Form Form);

    /// <param name="Id">The kind to edit in the form; null for a new one.</param>
    public sealed record Query(int? Id) : IRequest<Model>;

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var templates = await db.NoticeTemplates.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct);
            var counts = await db.Products.Where(p => p.NoticeTemplateId != null).GroupBy(p => p.NoticeTemplateId!.Value)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder)
                .Select(c => new CategoryRow(c.Slug, c.Name, c.Kind, c.NoticeTemplateId)).ToListAsync(ct);
            var form = templates.FirstOrDefault(t => t.Id == query.Id) is { } edited
                ? new Form { Id = edited.Id, Code = edited.Code, Name = edited.Name, NameEn = edited.NameEn, Fields = string.Join('\n', edited.Fields) }
                : new Form();
            return new Model(templates.Select(t => new Kind(t.Id, t.Code, t.Name, t.NameEn, t.Fields, counts.GetValueOrDefault(t.Id))).ToList(),
                categories, form);
        }
    }
}
