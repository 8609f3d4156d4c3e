using CsvHelper;
using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Listings;

/// <summary><c>/seller/products/import</c>: listings from a CSV file (UTF-8 or CP949). Every row is
/// checked first and every problem reported by row; a file with any error imports nothing. A row
/// whose SKU the enterprise already uses updates that listing (through the same rules as the form).</summary>
public static class ImportListings
{
    public const int MaxRows = 2000;

    /// <summary>Column names, in English or in Korean.</summary>
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["sku"] = "sku", ["상품코드"] = "sku",
        ["name"] = "name", ["상품명"] = "name",
        ["name_en"] = "name_en", ["영문상품명"] = "name_en",
        ["kind"] = "kind", ["구분"] = "kind",
        ["category"] = "category", ["카테고리"] = "category",
        ["price"] = "price", ["판매가"] = "price",
        ["stock"] = "stock", ["재고"] = "stock",
        ["min_order"] = "min_order", ["최소주문수량"] = "min_order",
        ["description"] = "description", ["설명"] = "description",
        ["origin"] = "origin", ["원산지"] = "origin",
        ["notice_kind"] = "notice_kind", ["고시유형"] = "notice_kind",
        ["option_label"] = "option_label", ["옵션명"] = "option_label",
        ["options"] = "options", ["옵션"] = "options",
    };

    /// <summary>A column named <c>고시:항목</c> (or <c>notice:item</c>) holds that item of the product notice.</summary>
    public static readonly string[] NoticeColumnPrefixes = ["고시:", "notice:"];

    private static readonly string[] Required = ["sku", "name", "kind", "category", "price", "stock"];

    private static readonly CsvReaderOptions ReadOptions = new()
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = true,
        TrackLineNumbers = true,
        SkipEmptyLines = true,
    };

    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Reads and checks the whole file outside any transaction; only the saves share one.</summary>
    public sealed record Command(int EnterpriseId, byte[] File) : IRequest<Result>, IChangesCatalog;

    /// <summary>The checked rows, saved all or none.</summary>
    public sealed record Apply(int EnterpriseId, IReadOnlyList<(int Row, int? ProductId, Listings.Form Form)> Forms) : IRequest<Result>, ITransactional;

    public sealed record RowError(int Row, string Message);

    public sealed record Result(int Created, int Updated, IReadOnlyList<RowError> Errors)
    {
        public bool Imported => Errors.Count == 0;
    }

    public sealed class Handler(MarketplaceDbContext db, IMediator mediator, IValidator<Listings.Save> validator, IStringLocalizer<Texts> texts)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken ct)
        {
            if (command.File.Length == 0) return Refused(0, texts["Upload.Empty"]);
            if (command.File.Length > MaxBytes) return Refused(0, texts["Upload.TooLarge", MaxBytes / 1024 / 1024]);
            if (CsvText.Decode(command.File) is not { } text) return Refused(0, texts["Import.Encoding"]);
            using var csv = CsvReader.FromText(text, ReadOptions);
            var header = csv.Headers.Select(h => Columns.GetValueOrDefault(h.Trim())).ToList();
            var noticeColumns = csv.Headers.Select((h, i) => (Label: NoticeLabel(h), At: i)).Where(c => c.Label is not null).ToList();
            var kinds = await db.NoticeTemplates.AsNoTracking().ToListAsync(ct);
            if (header.Count == 0) return Refused(0, texts["Import.Empty"]);
            var missing = Required.Where(r => !header.Contains(r)).ToList();
            if (missing.Count > 0) return Refused(1, texts["Import.MissingColumns", string.Join(", ", missing.Select(ColumnName))]);

            // A category may be given as its code or as the site shows it, in Korean or in English.
            var categories = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var c in await db.Categories.AsNoTracking().Select(c => new { c.Slug, c.Name, c.NameEn }).ToListAsync(ct))
            {
                categories.TryAdd(c.Slug, c.Slug);
                categories.TryAdd(c.Name, c.Slug);
                categories.TryAdd(c.NameEn, c.Slug);
            }
            var existing = await db.Products.AsNoTracking().Where(p => p.EnterpriseId == command.EnterpriseId && p.Sku != null)
                .ToDictionaryAsync(p => p.Sku!, p => p.Id, ct);

            var errors = new List<RowError>();
            var forms = new List<(int Row, int? ProductId, Listings.Form Form)>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var rows = 0;
            while (csv.Read())
            {
                if (++rows > MaxRows) return Refused(0, texts["Import.TooManyRows", MaxRows]);
                var number = (int)csv.LineNumber; // as the spreadsheet numbers it, header first
                string Cell(string column) => header.IndexOf(column) is var at and >= 0 && at < csv.FieldCount ? csv.GetString(at).Trim() : "";
                var sku = Cell("sku");
                if (sku.Length == 0) { errors.Add(new(number, texts["Import.SkuRequired"])); continue; }
                if (seen.TryGetValue(sku, out var first)) { errors.Add(new(number, texts["Import.DuplicateSku", sku, first])); continue; }
                seen[sku] = number;

                var rowErrors = new List<string>();
                if (!Enum.TryParse<ProductKind>(Cell("kind"), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                    kind = Cell("kind") switch { "상품" => ProductKind.Goods, "서비스" => ProductKind.Service, _ => (ProductKind)(-1) };
                if (!Enum.IsDefined(kind)) rowErrors.Add(texts["Listing.KindInvalid"]);
                if (!categories.TryGetValue(Cell("category"), out var category)) rowErrors.Add(texts["Import.UnknownCategory", Cell("category")]);
                if (!long.TryParse(Cell("price").Replace(",", ""), out var price)) rowErrors.Add(texts["Import.NotANumber", ColumnName("price")]);
                if (!int.TryParse(Cell("stock").Replace(",", ""), out var stock)) rowErrors.Add(texts["Import.NotANumber", ColumnName("stock")]);
                var minOrder = 1;
                if (Cell("min_order") is { Length: > 0 } m && !int.TryParse(m.Replace(",", ""), out minOrder)) rowErrors.Add(texts["Import.NotANumber", ColumnName("min_order")]);

                var form = new Listings.Form
                {
                    Sku = sku, Name = Cell("name"), NameEn = Cell("name_en"), Kind = kind, Category = category ?? Cell("category"),
                    Price = price, Stock = stock, MinOrderQuantity = minOrder, Description = Cell("description"), Origin = header.Contains("origin") ? Cell("origin") : null,
                };
                // A row without options leaves a listing's options as they are.
                if (Cell("options") is { Length: > 0 } optionsCell)
                {
                    if (TryParseOptions(optionsCell, out var options)) { form.Options = options; form.OptionLabel = Cell("option_label"); }
                    else rowErrors.Add(texts["Import.OptionsInvalid"]);
                }
                else form.KeepOptions = true;
                // The notice kind by its code or its name; its items from the 고시: columns, by label.
                if (Cell("notice_kind") is { Length: > 0 } kindCell)
                {
                    if (kinds.FirstOrDefault(k => k.Code == kindCell || k.Name == kindCell || k.NameEn.Equals(kindCell, StringComparison.OrdinalIgnoreCase)) is { } noticeKind)
                    {
                        form.NoticeKind = noticeKind.Code;
                        form.NoticeValues = noticeKind.Fields.Select(field => noticeColumns.FirstOrDefault(c => c.Label == field) is { Label: not null } column
                            && column.At < csv.FieldCount ? (string?)csv.GetString(column.At).Trim() : null).ToList();
                        var unknown = noticeColumns.Where(c => !noticeKind.Fields.Contains(c.Label!) && c.At < csv.FieldCount && csv.GetString(c.At).Trim().Length > 0)
                            .Select(c => c.Label!).ToList();
                        if (unknown.Count > 0) rowErrors.Add(texts["Import.NoticeItemUnknown", string.Join(", ", unknown), noticeKind.Name]);
                    }
                    else rowErrors.Add(texts["Import.NoticeKindUnknown", kindCell]);
                }
                var productId = existing.TryGetValue(sku, out var id) ? id : (int?)null;
                var validation = await validator.ValidateAsync(new Listings.Save(command.EnterpriseId, productId, form), ct);
                rowErrors.AddRange(validation.Errors.Select(e => e.ErrorMessage));
                if (rowErrors.Count > 0) errors.AddRange(rowErrors.Distinct().Select(e => new RowError(number, e)));
                else forms.Add((number, productId, form));
            }
            if (rows == 0) return Refused(0, texts["Import.Empty"]);
            if (errors.Count > 0) return new Result(0, 0, errors);

            try
            {
                return await mediator.Send(new Apply(command.EnterpriseId, forms), ct);
            }
            catch (ImportRefused refused)
            {
                return refused.Result;
            }
        }

        /// <summary>Options as one cell: <c>이름:가격차이:재고[:SKU]</c>, separated by semicolons (<c>500g:0:40:JAM-500; 1kg:7000:20</c>).</summary>
        public static bool TryParseOptions(string cell, out List<Listings.OptionRow> options)
        {
            options = [];
            foreach (var part in cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var fields = part.Split(':', StringSplitOptions.TrimEntries);
                if (fields.Length is < 3 or > 4 || fields[0].Length == 0
                    || !long.TryParse(fields[1].Replace(",", ""), out var difference) || !int.TryParse(fields[2].Replace(",", ""), out var stock))
                    return false;
                options.Add(new Listings.OptionRow { Name = fields[0], PriceDifference = difference, Stock = stock, Sku = fields.Length == 4 ? fields[3] : null });
            }
            return options.Count > 0;
        }

        private static string? NoticeLabel(string header) =>
            NoticeColumnPrefixes.FirstOrDefault(p => header.Trim().StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } prefix
                ? header.Trim()[prefix.Length..].Trim() : null;

        private static Result Refused(int row, string message) => new(0, 0, [new RowError(row, message)]);

        // The column as the seller's spreadsheet names it, in their language: 판매가(price).
        private string ColumnName(string column) => texts[$"Import.Column.{column}"];
    }

    /// <summary>Writes the checked rows in one short transaction: three reads and one batched save,
    /// so a 2,000-row file holds the database's write lock for a moment, not for the whole file.</summary>
    public sealed class ApplyHandler(MarketplaceDbContext db, TimeProvider clock, IStringLocalizer<Texts> texts) : IRequestHandler<Apply, Result>
    {
        public async Task<Result> Handle(Apply apply, CancellationToken ct)
        {
            var slugs = apply.Forms.Select(f => f.Form.Category).Distinct().ToList();
            var categories = await db.Categories.Where(c => slugs.Contains(c.Slug)).ToDictionaryAsync(c => c.Slug, ct);
            var ids = apply.Forms.Where(f => f.ProductId is not null).Select(f => f.ProductId!.Value).ToList();
            var existing = await db.Products.Include(p => p.PriceTiers).Include(p => p.Options)
                .Where(p => p.EnterpriseId == apply.EnterpriseId && ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
            // The notice kinds only when a row names one: a file without notices reads no more than before.
            var codes = apply.Forms.Where(f => f.Form.NoticeKind is not null).Select(f => f.Form.NoticeKind!).Distinct().ToList();
            var kinds = codes.Count == 0 ? [] : await db.NoticeTemplates.Where(t => codes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var (row, productId, form) in apply.Forms)
            {
                try
                {
                    Listings.TryParseTiers(form.PriceTiers, out var tiers);
                    var category = categories[form.Category];
                    // A row without a kind leaves a listing's notice as it was (a new one has none until the seller fills it in).
                    var notice = form.NoticeKind is { } code ? kinds[code] : null;
                    if (productId is { } id) Listings.WriteForm(existing[id], form, category, tiers, form.Sku?.Trim(), notice);
                    else db.Products.Add(Listings.NewListing(apply.EnterpriseId, form, category, tiers, form.Sku?.Trim(), now, notice));
                }
                catch (Domain.Common.DomainException e)
                {
                    // Checked before; a rule only the listing knows (an archived listing's SKU) stops the whole file.
                    throw new ImportRefused(new Result(0, 0, [new RowError(row, texts[e.Code])]));
                }
            }
            await db.SaveChangesAsync(ct);
            return new Result(apply.Forms.Count(f => f.ProductId is null), apply.Forms.Count(f => f.ProductId is not null), []);
        }
    }

    /// <summary>Thrown to roll the whole import back; carries the report to show.</summary>
    public sealed class ImportRefused(Result result) : Exception("The import was refused.")
    {
        public Result Result { get; } = result;
    }
}
