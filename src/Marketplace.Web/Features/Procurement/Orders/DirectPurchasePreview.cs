using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Features.Admin.Settings;
using Marketplace.Web.Features.Shop.Catalog;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Procurement.Orders;

public static partial class DirectPurchase
{
    /// <summary>What the buyer sees before ordering: the price that applies and the checks.</summary>
    public sealed record Preview(int ProductId, string Name, string EnterpriseName, EnterpriseType EnterpriseType, ProductKind Kind,
        int MinOrderQuantity, IReadOnlyList<Tier> Tiers, Won ListPrice, DateOnly? CertificationExpiresOn, CertificationState Certification,
        long CapWon, int Quantity, Won UnitPrice, DateOnly? DeliveryDate, SviGrade? SviGrade = null, int? SviYear = null, LowSviRule SviRule = LowSviRule.WarnWithReason)
    {
        public bool LowSvi => SviGrade is { } grade && grade.IsBelowPublicPurchasing();
        public (Won Supply, Won Vat) UnitSplit => UnitPrice.SplitVat();
        public Won Supply => UnitSplit.Supply * Quantity;
        public Won Vat => UnitSplit.Vat * Quantity;
        public Won Total => Supply + Vat;
        public bool AboveCap => Supply.Amount > CapWon;
        public bool CertificationLapsesBeforeDelivery => CertificationExpiresOn is { } e && DeliveryDate is { } d && e < d;
    }

    /// <summary>From <paramref name="MinQuantity"/> units, each costs <paramref name="UnitPriceWon"/> (VAT included).</summary>
    public sealed record Tier(int MinQuantity, long UnitPriceWon);

    public sealed record PreviewQuery(int ProductId, int Quantity, DateOnly? DeliveryDate) : IRequest<Preview?>;

    public sealed class PreviewHandler(MarketplaceDbContext db, PlatformSettings settings, TimeProvider clock) : IRequestHandler<PreviewQuery, Preview?>
    {
        public async Task<Preview?> Handle(PreviewQuery query, CancellationToken ct)
        {
            var product = await db.Products.AsNoTracking().Visible().Include(p => p.Enterprise).Include(p => p.PriceTiers)
                .FirstOrDefaultAsync(p => p.Id == query.ProductId, ct);
            if (product is null) return null;
            var quantity = query.Quantity > 0 ? query.Quantity : product.MinOrderQuantity;
            var cap = (long)await settings.GetAsync(PlatformSettings.SingleQuoteCapWon, ct);
            return new Preview(product.Id, product.Name, product.Enterprise.Name, product.Enterprise.Type, product.Kind,
                product.MinOrderQuantity, product.PriceTiers.OrderBy(t => t.MinQuantity).Select(t => new Tier(t.MinQuantity, t.UnitPriceWon)).ToList(), product.Price,
                product.Enterprise.CertificationExpiresOn, Certification.StateOn(product.Enterprise.CertificationExpiresOn, KoreaTime.Today(clock)),
                cap, quantity, product.UnitPriceFor(quantity), query.DeliveryDate, product.Enterprise.SviGrade, product.Enterprise.SviYear,
                await settings.GetLowSviRuleAsync(ct));
        }
    }
}
