using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Admin.Settings;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Orders;

/// <summary>바로구매: a purchase order for one listing at the quantity price that applies, written by a
/// buyer and waiting for the institution's approver. Procurement never touches the consumer cart,
/// card checkout or the shop's stock: the enterprise confirms or declines what it can supply.</summary>
public static class DirectPurchase
{
    public sealed class Form
    {
        public int Quantity { get; set; }
        public string DeliveryPlace { get; set; } = "";
        public DateOnly? DeliveryDate { get; set; }
        /// <summary>Required only when the order is above the single-quote cap.</summary>
        public string? CapReason { get; set; }
    }

    /// <summary>What the buyer sees before ordering: the price that applies and the checks.</summary>
    public sealed record Preview(int ProductId, string Name, string EnterpriseName, EnterpriseType EnterpriseType, ProductKind Kind,
        int MinOrderQuantity, IReadOnlyList<PriceTier> Tiers, Won ListPrice, DateOnly? CertificationExpiresOn, CertificationState Certification,
        long CapWon, int Quantity, Won UnitPrice, DateOnly? DeliveryDate)
    {
        public (Won Supply, Won Vat) UnitSplit => UnitPrice.SplitVat();
        public Won Supply => UnitSplit.Supply * Quantity;
        public Won Vat => UnitSplit.Vat * Quantity;
        public Won Total => Supply + Vat;
        public bool AboveCap => Supply.Amount > CapWon;
        public bool CertificationLapsesBeforeDelivery => CertificationExpiresOn is { } e && DeliveryDate is { } d && e < d;
    }

    public sealed record PreviewQuery(int ProductId, int Quantity, DateOnly? DeliveryDate) : IRequest<Preview?>;

    public sealed record Command(int InstitutionId, string BuyerId, int ProductId, Form Form) : IRequest<int>, ITransactional;

    /// <summary>The unit price for a quantity: the highest tier reached, else the listed price.</summary>
    public static Won UnitPriceFor(Won listPrice, IEnumerable<PriceTier> tiers, int quantity) =>
        tiers.Where(t => t.MinQuantity <= quantity).OrderByDescending(t => t.MinQuantity).Select(t => new Won(t.UnitPriceWon))
            .FirstOrDefault(listPrice);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(c => c.Form.Quantity).InclusiveBetween(1, 1_000_000).WithMessage(_ => texts["Procurement.QuantityInvalid"]);
            OrderRules.DeliveryPlaceAndDate(this, c => c.Form.DeliveryPlace, c => c.Form.DeliveryDate, texts, clock);
            RuleFor(c => c.Form.CapReason).MaximumLength(1000).WithMessage(_ => texts["Procurement.NoteTooLong"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, PlatformSettings settings, TimeProvider clock)
        : IRequestHandler<PreviewQuery, Preview?>, IRequestHandler<Command, int>
    {
        public async Task<Preview?> Handle(PreviewQuery query, CancellationToken ct)
        {
            var product = await db.Products.AsNoTracking().Visible().Include(p => p.Enterprise).Include(p => p.PriceTiers)
                .FirstOrDefaultAsync(p => p.Id == query.ProductId, ct);
            if (product is null) return null;
            var quantity = query.Quantity > 0 ? query.Quantity : product.MinOrderQuantity;
            var cap = (long)await settings.GetAsync(PlatformSettings.SingleQuoteCapWon, ct);
            return new Preview(product.Id, product.Name, product.Enterprise.Name, product.Enterprise.Type, product.Kind,
                product.MinOrderQuantity, product.PriceTiers.OrderBy(t => t.MinQuantity).ToList(), product.Price,
                product.Enterprise.CertificationExpiresOn, Certification.StateOn(product.Enterprise.CertificationExpiresOn, KoreaTime.Today(clock)),
                cap, quantity, UnitPriceFor(product.Price, product.PriceTiers, quantity), query.DeliveryDate);
        }

        public async Task<int> Handle(Command command, CancellationToken ct)
        {
            var product = await db.Products.Visible().Include(p => p.Enterprise).Include(p => p.PriceTiers)
                .FirstOrDefaultAsync(p => p.Id == command.ProductId, ct) ?? throw new DomainException(ErrorCodes.ProductUnavailable);
            var form = command.Form;
            if (form.Quantity < product.MinOrderQuantity)
                throw new DomainException(ErrorCodes.BelowMinimumOrder, $"{form.Quantity} < {product.MinOrderQuantity}");
            var line = PurchaseOrderLine.AtInclusivePrice(product.Id, product.Name, product.Kind, form.Quantity,
                UnitPriceFor(product.Price, product.PriceTiers, form.Quantity));
            var order = new PurchaseOrder(command.InstitutionId, product.Enterprise, command.BuyerId, PurchaseMethod.DirectPurchase, null,
                form.DeliveryPlace, form.DeliveryDate!.Value, [line], clock.GetUtcNow().UtcDateTime);
            order.CheckSingleQuoteCap((long)await settings.GetAsync(PlatformSettings.SingleQuoteCapWon, ct), form.CapReason);
            db.PurchaseOrders.Add(order);
            await db.SaveChangesAsync(ct);
            return order.Id;
        }
    }
}

/// <summary>Rules every procurement form shares.</summary>
public static class OrderRules
{
    public const int MaxDeliveryPlace = 200;

    public static void DeliveryPlaceAndDate<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string>> place,
        System.Linq.Expressions.Expression<Func<T, DateOnly?>> date, IStringLocalizer<Texts> texts, TimeProvider clock)
    {
        validator.RuleFor(place).NotEmpty().WithMessage(_ => texts["Procurement.DeliveryPlaceRequired"])
            .MaximumLength(MaxDeliveryPlace).WithMessage(_ => texts["Procurement.DeliveryPlaceTooLong"]);
        validator.RuleFor(date).NotNull().WithMessage(_ => texts["Procurement.DeliveryDateRequired"])
            .Must(d => d is null || (d >= KoreaTime.Today(clock) && d <= KoreaTime.Today(clock).AddYears(2)))
            .WithMessage(_ => texts["Procurement.DeliveryDateOutOfRange"]);
    }
}
