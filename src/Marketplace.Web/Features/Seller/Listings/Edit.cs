using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Listings;

public static partial class Listings
{
    /// <param name="ProductId">The listing to edit; null for the empty form of a new one.</param>
    /// <returns>Null when the listing is not the enterprise's.</returns>
    public sealed record FormQuery(int EnterpriseId, int? ProductId) : IRequest<FormPage?>;

    public sealed record FormPage(int? Id, ProductStatus? Status, ProposedChange? PendingChange, string? RejectionReason, IReadOnlyList<string> Images, Form Form,
        IReadOnlyList<(string Slug, string Name, string NameEn)> Categories, IReadOnlyList<(string Slug, string Name, string NameEn)> TagOptions)
    {
        /// <summary>The notice kinds to choose from, with the items of each.</summary>
        public IReadOnlyList<NoticeTemplate> NoticeKinds { get; init; } = [];
        /// <summary>The kind whose items the form shows: the listing's, else its category's; null for none yet.</summary>
        public NoticeTemplate? NoticeKind => NoticeKinds.FirstOrDefault(k => k.Code == Form.NoticeKind);
        /// <summary>Whether the category needs a notice before review.</summary>
        public bool NoticeRequired { get; init; }
    }

    public sealed class FormHandler(MarketplaceDbContext db) : IRequestHandler<FormQuery, FormPage?>
    {
        public async Task<FormPage?> Handle(FormQuery query, CancellationToken ct)
        {
            if (query.ProductId is null) return await PageAsync(null, new Form(), ct);
            var product = await db.Products.AsNoTracking().Include(p => p.Tags).Include(p => p.Category).Include(p => p.Images).Include(p => p.Options)
                .FirstOrDefaultAsync(p => p.Id == query.ProductId && p.EnterpriseId == query.EnterpriseId, ct);
            if (product is null) return null;
            // A published listing's form shows what the enterprise asked for, if that waits for review.
            var shown = product.PendingChange;
            var form = new Form
            {
                Name = shown?.Name ?? product.Name, NameEn = shown?.NameEn ?? product.NameEn,
                Description = shown?.Description ?? product.Description, DescriptionEn = shown?.DescriptionEn ?? product.DescriptionEn,
                Price = shown?.PriceWon ?? product.PriceWon,
                Kind = product.Kind, Category = product.Category.Slug, Stock = product.Stock, StockShown = product.Stock, Sku = product.Sku,
                MinOrderQuantity = product.MinOrderQuantity,
                PriceTiers = FormatTiers(shown?.PriceTiers is { } pending ? PriceTier.Parse(pending) : product.PriceTiers),
                Tags = product.Tags.Select(t => t.Slug).ToList(),
                Origin = product.Origin,
                Shipping = product.ShippingMode, ShippingFee = product.ShippingFeeWon,
                OptionLabel = product.OptionLabel,
                Options = product.Options.OrderBy(o => o.SortOrder)
                    .Select(o => new OptionRow { Name = o.Name, PriceDifference = o.PriceDifferenceWon, Stock = o.Stock, StockShown = o.Stock, Sku = o.Sku }).ToList(),
            };
            if (product.NoticeTemplateId is { } kind && await db.NoticeTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == kind, ct) is { } notice)
            {
                form.NoticeKind = notice.Code;
                form.NoticeValues = notice.Fields.Select(f => (string?)product.Notice.FirstOrDefault(e => e.Label == f)?.Value).ToList();
            }
            return await PageAsync(product, form, ct);
        }
        private async Task<FormPage> PageAsync(Product? product, Form form, CancellationToken ct)
        {
            var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => new { c.Slug, c.Name, c.NameEn }).ToListAsync(ct);
            var tags = await db.SocialValueTags.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Slug, t.Name, t.NameEn }).ToListAsync(ct);
            var kinds = await db.NoticeTemplates.AsNoTracking().OrderBy(t => t.Id).ToListAsync(ct);
            var category = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == form.Category, ct);
            // A listing without a kind yet starts with its category's.
            if (string.IsNullOrEmpty(form.NoticeKind) && category?.NoticeTemplateId is { } categoryKind)
                form.NoticeKind = kinds.FirstOrDefault(k => k.Id == categoryKind)?.Code;
            return new FormPage(product?.Id, product?.Status, product?.PendingChange, product?.RejectionReason,
                product?.Images.OrderBy(i => i.SortOrder).Select(i => i.Url).ToList() ?? [], form,
                categories.Select(c => (c.Slug, c.Name, c.NameEn)).ToList(), tags.Select(t => (t.Slug, t.Name, t.NameEn)).ToList())
            {
                NoticeKinds = kinds,
                NoticeRequired = category?.NoticeTemplateId is not null,
            };
        }
    }
}
