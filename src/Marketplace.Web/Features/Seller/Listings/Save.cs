using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Features.Shop.Checkout;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Listings;

public static partial class Listings
{
    /// <summary>Creates (no <paramref name="ProductId"/>) or edits a listing; answers its id.</summary>
    public sealed record Save(int EnterpriseId, int? ProductId, Form Form) : IRequest<int?>, ITransactional, IChangesCatalog;

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
            RuleFor(s => s.Form.Origin).MaximumLength(200).WithMessage(_ => texts["Checkout.TooLong", 200]);
            RuleFor(s => s.Form.NoticeKind).MaximumLength(60).WithMessage(_ => texts["Listing.NoticeKindUnknown"]);
            RuleFor(s => s.Form.NoticeValues).Must(v => v.Count <= NoticeTemplate.MaxFields)
                .WithMessage(_ => texts["Listing.NoticeKindUnknown"]);
            RuleForEach(s => s.Form.NoticeValues).MaximumLength(NoticeEntry.MaxValueLength).WithMessage(_ => texts["Checkout.TooLong", NoticeEntry.MaxValueLength]);
            RuleFor(s => s.Form.OptionLabel).MaximumLength(40).WithMessage(_ => texts["Checkout.TooLong", 40]);
            RuleFor(s => FilledOptions(s.Form)).Must(o => o.Count <= Product.MaxOptions).WithMessage(_ => texts["Error.OptionsInvalid"])
                .Must(o => o.Select(x => x.Name!.Trim()).Distinct().Count() == o.Count).WithMessage(_ => texts["Option.NamesRepeat"])
                .OverridePropertyName("Form.Options");
            RuleForEach(s => FilledOptions(s.Form)).ChildRules(option =>
            {
                option.RuleFor(o => o.Name).MaximumLength(ProductOption.MaxNameLength).WithMessage(_ => texts["Checkout.TooLong", ProductOption.MaxNameLength]);
                option.RuleFor(o => o.PriceDifference).InclusiveBetween(-1_000_000_000, 1_000_000_000).WithMessage(_ => texts["Error.NegativePrice"]);
                option.RuleFor(o => o.Stock).InclusiveBetween(0, 1_000_000).WithMessage(_ => texts["Error.NegativeStock"]);
                option.RuleFor(o => o.Sku).MaximumLength(60).Matches("^[0-9A-Za-z._-]*$").WithMessage(_ => texts["Listing.SkuInvalid"]);
            }).OverridePropertyName("Form.Options");
            RuleFor(s => s).Must(s => FilledOptions(s.Form).All(o => s.Form.Price + o.PriceDifference >= 0))
                .WithMessage(_ => texts["Option.BelowZero"]).OverridePropertyName("Form.Options");
            RuleFor(s => s.Form.PriceTiers).Must((s, t) => TryParseTiers(t, out var tiers) && PriceTier.AreValidFor(tiers, s.Form.Price))
                .WithMessage(_ => texts["Error.InvalidPriceTiers"]);
        }
    }

    public sealed class SaveHandler(MarketplaceDbContext db, TimeProvider clock, IStringLocalizer<Texts> texts) : IRequestHandler<Save, int?>
    {
        public async Task<int?> Handle(Save command, CancellationToken ct)
        {
            var form = command.Form;
            var category = await db.Categories.FirstOrDefaultAsync(c => c.Slug == form.Category, ct)
                ?? throw InputValidationException.For("Form.Category", texts["Listing.CategoryRequired"]);
            var tags = await db.SocialValueTags.Where(t => form.Tags.Contains(t.Slug)).ToListAsync(ct);
            var notice = await NoticeKindOfAsync(db, form, category, ct);
            if (notice is null && !string.IsNullOrWhiteSpace(form.NoticeKind))
                throw InputValidationException.For("Form.NoticeKind", texts["Listing.NoticeKindUnknown"]);
            TryParseTiers(form.PriceTiers, out var tiers);
            var sku = string.IsNullOrWhiteSpace(form.Sku) ? null : form.Sku.Trim();
            if (sku is not null && await db.Products.AnyAsync(p => p.EnterpriseId == command.EnterpriseId && p.Sku == sku && p.Id != command.ProductId, ct))
                throw InputValidationException.For("Form.Sku", texts["Listing.SkuTaken", sku]);

            Product product;
            if (command.ProductId is { } id)
            {
                var found = await db.Products.Include(p => p.Tags).Include(p => p.Options)
                    .FirstOrDefaultAsync(p => p.Id == id && p.EnterpriseId == command.EnterpriseId, ct);
                if (found is null) return null;
                product = found;
                WriteForm(product, form, category, tiers, sku, notice);
                if (product.Status is ProductStatus.Published && product.HasOptions)
                {
                    foreach (var row in FilledOptions(form).Where(r => r.StockShown is not null))
                        await MoveOptionStockAsync(product, product.Options.Single(o => o.Name == row.Name!.Trim()), row.Stock - row.StockShown!.Value, ct);
                }
                else if (form.StockShown is { } shown && !product.HasOptions) await MoveStockAsync(product, form.Stock - shown, ct);
            }
            else
            {
                product = NewListing(command.EnterpriseId, form, category, tiers, sku, clock.GetUtcNow().UtcDateTime, notice);
                db.Products.Add(product);
            }
            product.RetagWith(tags);
            await db.SaveChangesAsync(ct);
            return product.Id;
        }

        private async Task MoveOptionStockAsync(Product product, ProductOption option, int change, CancellationToken ct)
        {
            if (await StockLedger.TryMoveOptionAsync(db, product.Id, option.Id, change, ct)) return;
            var now = await db.ProductOptions.Where(o => o.Id == option.Id).Select(o => o.Stock).FirstAsync(ct);
            throw InputValidationException.For("Form.Options", texts["Option.StockChangedMeanwhile", option.Name, now]);
        }

        /// <summary>Moves stock by the seller's change through the stock ledger, as checkout does, so a purchase
        /// between opening the page and saving it is never undone.</summary>
        private async Task MoveStockAsync(Product product, int change, CancellationToken ct)
        {
            if (await StockLedger.TryMoveAsync(db, product.Id, change, ct)) return;
            var now = await db.Products.Where(p => p.Id == product.Id).Select(p => p.Stock).FirstAsync(ct);
            throw InputValidationException.For("Form.Stock", texts["Listing.StockChangedMeanwhile", now]);
        }
    }
}
