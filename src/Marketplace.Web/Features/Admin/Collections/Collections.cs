using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Storage;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Collections;

/// <summary><c>/admin/collections</c>: the 기획전 the operator curates, and the form for one.</summary>
public static class CuratedCollections
{
    public sealed class Form
    {
        public int? Id { get; set; }
        public string Slug { get; set; } = "";
        public string Title { get; set; } = "";
        public string TitleEn { get; set; } = "";
        public string Text { get; set; } = "";
        public string TextEn { get; set; } = "";
        public DateOnly StartsOn { get; set; }
        public DateOnly EndsOn { get; set; }
        /// <summary>Product numbers, separated by commas or spaces, in the order shown.</summary>
        public string ProductIds { get; set; } = "";
        public string? BannerUrl { get; set; }

        public IReadOnlyList<int> ParsedProductIds() =>
            ProductIds.Split([',', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(p => int.TryParse(p, out var id) ? id : -1).ToList();
    }

    public sealed record Row(int Id, string Slug, string Title, DateOnly StartsOn, DateOnly EndsOn, int Products);

    public sealed record Model(IReadOnlyList<Row> Collections, Form Form);

    public sealed record Query(int? Id) : IRequest<Model>;

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var rows = await db.Collections.AsNoTracking().OrderByDescending(c => c.StartsOn)
                .Select(c => new Row(c.Id, c.Slug, c.Title, c.StartsOn, c.EndsOn, c.Items.Count)).ToListAsync(ct);
            var today = KoreaTime.Today(clock);
            var form = new Form { StartsOn = today, EndsOn = today.AddDays(30) };
            if (query.Id is { } id && await db.Collections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } c)
                form = new Form
                {
                    Id = c.Id, Slug = c.Slug, Title = c.Title, TitleEn = c.TitleEn, Text = c.Text, TextEn = c.TextEn, StartsOn = c.StartsOn, EndsOn = c.EndsOn,
                    ProductIds = string.Join(", ", c.Items.OrderBy(i => i.Position).Select(i => i.ProductId)), BannerUrl = c.BannerUrl,
                };
            return new Model(rows, form);
        }
    }

    public sealed record Save(Form Form, IFormFile? Banner) : IRequest<bool>, IChangesCatalog;

    public sealed class SaveValidator : AbstractValidator<Save>
    {
        public SaveValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Form.Slug).Matches("^[a-z0-9][a-z0-9-]{1,59}$").WithMessage(_ => texts["Error.CollectionSlugInvalid"]);
            RuleFor(c => c.Form.Title).NotEmpty().MaximumLength(100).WithMessage(_ => texts["Error.CollectionInvalid"]);
            RuleFor(c => c.Form.TitleEn).MaximumLength(100).WithMessage(_ => texts["Checkout.TooLong", 100]);
            RuleFor(c => c.Form.Text).MaximumLength(1000).WithMessage(_ => texts["Checkout.TooLong", 1000]);
            RuleFor(c => c.Form.TextEn).MaximumLength(1000).WithMessage(_ => texts["Checkout.TooLong", 1000]);
            RuleFor(c => c.Form.EndsOn).GreaterThanOrEqualTo(c => c.Form.StartsOn).WithMessage(_ => texts["Error.CollectionInvalid"]);
            RuleFor(c => c.Form).Must(f => f.ParsedProductIds().All(id => id > 0)).OverridePropertyName("Form.ProductIds")
                .WithMessage(_ => texts["Collections.ProductIdsInvalid"]);
            RuleFor(c => c.Form).Must(f => f.ParsedProductIds().Distinct().Count() <= Collection.MaxProducts).OverridePropertyName("Form.ProductIds")
                .WithMessage(_ => texts["Error.CollectionTooManyProducts", Collection.MaxProducts]);
        }
    }

    /// <summary>Not transactional, like a listing photo: the banner is checked before anything is written.</summary>
    public sealed class SaveHandler(MarketplaceDbContext db, ImageStore images, IStringLocalizer<Texts> texts, TimeProvider clock) : IRequestHandler<Save, bool>
    {
        public async Task<bool> Handle(Save command, CancellationToken ct)
        {
            var f = command.Form;
            var ids = f.ParsedProductIds().Distinct().ToList();
            var published = await db.Products.AsNoTracking().Visible().Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
            if (ids.Except(published).ToList() is { Count: > 0 } missing)
                throw InputValidationException.For("Form.ProductIds", texts["Collections.ProductsNotVisible", string.Join(", ", missing)]);
            Collection? collection;
            if (f.Id is { } id)
            {
                collection = await db.Collections.FirstOrDefaultAsync(c => c.Id == id, ct);
                if (collection is null) return false;
            }
            else
            {
                if (await db.Collections.AnyAsync(c => c.Slug == f.Slug, ct)) throw InputValidationException.For("Form.Slug", texts["Collections.SlugTaken", f.Slug]);
                collection = new Collection(f.Slug, clock.GetUtcNow().UtcDateTime);
                db.Collections.Add(collection);
            }
            if (command.Banner is { Length: > 0 })
            {
                var (refusal, url) = await images.SaveAsync(command.Banner, ct);
                if (refusal != ImageStore.Refusal.None)
                    throw InputValidationException.For("Banner", texts[$"Upload.Image.{refusal}", ImageStore.MaxBytes / 1024 / 1024]);
                collection.SetBanner(url);
            }
            collection.Describe(f.Title, f.TitleEn, f.Text, f.TextEn, f.StartsOn, f.EndsOn);
            collection.Choose(ids);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
