using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Listings;

/// <summary><c>/seller/products</c>: an enterprise's listings. Every query and command carries the
/// enterprise id of the signed-in staff member and finds only that enterprise's listings.</summary>
public static class Listings
{
    public sealed record ListQuery(int EnterpriseId) : IRequest<IReadOnlyList<Row>>;

    public sealed record Row(int Id, string Name, string? Sku, ProductStatus Status, long Price, int Stock, bool HasPendingChange, string? RejectionReason);

    /// <summary>The listing form; also what a CSV row becomes.</summary>
    public sealed class Form
    {
        public string Name { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string Description { get; set; } = "";
        public string DescriptionEn { get; set; } = "";
        public ProductKind Kind { get; set; }
        public string Category { get; set; } = "";
        public long Price { get; set; }
        public int Stock { get; set; }
        public string? Sku { get; set; }
        public int MinOrderQuantity { get; set; } = 1;
        /// <summary>Quantity prices for public buyers, one per line: <c>quantity:unit price</c>, e.g. <c>50:9000</c>.</summary>
        public string? PriceTiers { get; set; }
        public List<string> Tags { get; set; } = [];
    }

    public sealed record FormQuery(int EnterpriseId, int ProductId) : IRequest<FormPage?>;

    public sealed record FormPage(int? Id, ProductStatus? Status, ProposedChange? PendingChange, string? RejectionReason, IReadOnlyList<string> Images, Form Form,
        IReadOnlyList<(string Slug, string Name, string NameEn)> Categories, IReadOnlyList<(string Slug, string Name, string NameEn)> TagOptions);

    public sealed record OptionsQuery : IRequest<FormPage>;

    /// <summary>Creates (no <paramref name="ProductId"/>) or edits a listing; answers its id.</summary>
    public sealed record Save(int EnterpriseId, int? ProductId, Form Form) : IRequest<int?>, ITransactional, IChangesCatalog;

    public enum Action { Submit, Copy, Archive }

    /// <summary>Answers the id of the listing to show next (the copy, for <see cref="Action.Copy"/>), or null if not found.</summary>
    public sealed record Act(int EnterpriseId, int ProductId, Action Action) : IRequest<int?>, ITransactional, IChangesCatalog;

    public sealed class Validator : AbstractValidator<Save>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(s => s.Form.Name).NotEmpty().WithMessage(_ => texts["Listing.NameRequired"]).MaximumLength(200).WithMessage(_ => texts["Checkout.TooLong", 200]);
            RuleFor(s => s.Form.NameEn).MaximumLength(200).WithMessage(_ => texts["Checkout.TooLong", 200]);
            RuleFor(s => s.Form.Description).MaximumLength(4000).WithMessage(_ => texts["Checkout.TooLong", 4000]);
            RuleFor(s => s.Form.DescriptionEn).MaximumLength(4000).WithMessage(_ => texts["Checkout.TooLong", 4000]);
            RuleFor(s => s.Form.Kind).IsInEnum().WithMessage(_ => texts["Listing.KindInvalid"]);
            RuleFor(s => s.Form.Category).NotEmpty().WithMessage(_ => texts["Listing.CategoryRequired"]);
            RuleFor(s => s.Form.Price).InclusiveBetween(0, 1_000_000_000).WithMessage(_ => texts["Error.NegativePrice"]);
            RuleFor(s => s.Form.Stock).InclusiveBetween(0, 1_000_000).WithMessage(_ => texts["Error.NegativeStock"]);
            RuleFor(s => s.Form.MinOrderQuantity).InclusiveBetween(1, 100_000).WithMessage(_ => texts["Error.InvalidQuantity"]);
            RuleFor(s => s.Form.Sku).MaximumLength(60).Matches("^[0-9A-Za-z._-]*$").WithMessage(_ => texts["Listing.SkuInvalid"]);
            RuleFor(s => s.Form.PriceTiers).Must(t => TryParseTiers(t, out _)).WithMessage(_ => texts["Error.InvalidPriceTiers"]);
        }
    }

    public static bool TryParseTiers(string? text, out List<PriceTier> tiers)
    {
        tiers = [];
        foreach (var line in (text ?? "").Split(['\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(':', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !int.TryParse(parts[0], out var quantity) || !long.TryParse(parts[1].Replace(",", ""), out var price)
                || quantity < 1 || price < 0 || price > 1_000_000_000) return false;
            tiers.Add(new PriceTier(quantity, price));
        }
        return tiers.Select(t => t.MinQuantity).Distinct().Count() == tiers.Count && tiers.Count <= 10;
    }

    public static string FormatTiers(IEnumerable<PriceTier> tiers) => string.Join("\n", tiers.Select(t => $"{t.MinQuantity}:{t.UnitPriceWon}"));

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock, IStringLocalizer<Texts> texts)
        : IRequestHandler<ListQuery, IReadOnlyList<Row>>, IRequestHandler<FormQuery, FormPage?>, IRequestHandler<OptionsQuery, FormPage>,
          IRequestHandler<Save, int?>, IRequestHandler<Act, int?>
    {
        public async Task<IReadOnlyList<Row>> Handle(ListQuery query, CancellationToken ct) =>
            await db.Products.AsNoTracking().Where(p => p.EnterpriseId == query.EnterpriseId)
                .OrderBy(p => p.Status == ProductStatus.Archived).ThenByDescending(p => p.Id)
                .Select(p => new Row(p.Id, p.Name, p.Sku, p.Status, p.PriceWon, p.Stock, p.PendingChange != null, p.RejectionReason))
                .ToListAsync(ct);

        public async Task<FormPage> Handle(OptionsQuery query, CancellationToken ct) => await PageAsync(null, new Form(), ct);

        public async Task<FormPage?> Handle(FormQuery query, CancellationToken ct)
        {
            var product = await db.Products.AsNoTracking().Include(p => p.Tags).Include(p => p.Category).Include(p => p.Images)
                .FirstOrDefaultAsync(p => p.Id == query.ProductId && p.EnterpriseId == query.EnterpriseId, ct);
            if (product is null) return null;
            // A published listing's form shows what the enterprise asked for, if that waits for review.
            var shown = product.PendingChange;
            var form = new Form
            {
                Name = shown?.Name ?? product.Name, NameEn = shown?.NameEn ?? product.NameEn,
                Description = shown?.Description ?? product.Description, DescriptionEn = shown?.DescriptionEn ?? product.DescriptionEn,
                Price = shown?.PriceWon ?? product.PriceWon,
                Kind = product.Kind, Category = product.Category.Slug, Stock = product.Stock, Sku = product.Sku,
                MinOrderQuantity = product.MinOrderQuantity, PriceTiers = FormatTiers(product.PriceTiers),
                Tags = product.Tags.Select(t => t.Slug).ToList(),
            };
            return await PageAsync(product, form, ct);
        }

        public async Task<int?> Handle(Save command, CancellationToken ct)
        {
            var form = command.Form;
            var category = await db.Categories.FirstOrDefaultAsync(c => c.Slug == form.Category, ct)
                ?? throw InputValidationException.For("Form.Category", texts["Listing.CategoryRequired"]);
            var tags = await db.SocialValueTags.Where(t => form.Tags.Contains(t.Slug)).ToListAsync(ct);
            TryParseTiers(form.PriceTiers, out var tiers);
            var sku = string.IsNullOrWhiteSpace(form.Sku) ? null : form.Sku.Trim();
            if (sku is not null && await db.Products.AnyAsync(p => p.EnterpriseId == command.EnterpriseId && p.Sku == sku && p.Id != command.ProductId, ct))
                throw InputValidationException.For("Form.Sku", texts["Listing.SkuTaken", sku]);

            Product product;
            if (command.ProductId is { } id)
            {
                var found = await db.Products.Include(p => p.Tags)
                    .FirstOrDefaultAsync(p => p.Id == id && p.EnterpriseId == command.EnterpriseId, ct);
                if (found is null) return null;
                product = found;
                if (product.Status == ProductStatus.Archived) throw new DomainException(ErrorCodes.InvalidStatusChange, "archived");
                product.Edit(form.Name, form.NameEn, form.Description, form.DescriptionEn, new Won(form.Price));
            }
            else
            {
                product = new Product(command.EnterpriseId, category.Id, form.Kind, form.Name, form.NameEn, form.Description,
                    form.DescriptionEn, new Won(form.Price), form.Stock, clock.GetUtcNow().UtcDateTime);
                db.Products.Add(product);
            }
            // Stock, category, tags and bulk terms are not reviewed: they apply at once.
            product.Categorize(category.Id, form.Kind);
            product.SetStock(form.Stock);
            product.SetSku(sku);
            product.SetBulkTerms(form.MinOrderQuantity, tiers);
            product.RetagWith(tags);
            await db.SaveChangesAsync(ct);
            return product.Id;
        }

        public async Task<int?> Handle(Act command, CancellationToken ct)
        {
            var product = await db.Products.Include(p => p.Tags)
                .FirstOrDefaultAsync(p => p.Id == command.ProductId && p.EnterpriseId == command.EnterpriseId, ct);
            if (product is null) return null;
            switch (command.Action)
            {
                case Action.Submit:
                    product.SubmitForReview();
                    break;
                case Action.Archive:
                    product.Archive();
                    break;
                case Action.Copy:
                    var copy = product.CopyAsDraft(texts["Listing.CopySuffix"], clock.GetUtcNow().UtcDateTime);
                    copy.SetSku(null);
                    db.Products.Add(copy);
                    await db.SaveChangesAsync(ct);
                    return copy.Id;
            }
            await db.SaveChangesAsync(ct);
            return product.Id;
        }

        private async Task<FormPage> PageAsync(Product? product, Form form, CancellationToken ct)
        {
            var categories = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).Select(c => new { c.Slug, c.Name, c.NameEn }).ToListAsync(ct);
            var tags = await db.SocialValueTags.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Slug, t.Name, t.NameEn }).ToListAsync(ct);
            return new FormPage(product?.Id, product?.Status, product?.PendingChange, product?.RejectionReason,
                product?.Images.OrderBy(i => i.SortOrder).Select(i => i.Url).ToList() ?? [], form,
                categories.Select(c => (c.Slug, c.Name, c.NameEn)).ToList(), tags.Select(t => (t.Slug, t.Name, t.NameEn)).ToList());
        }
    }
}
