using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Features.Admin.Settings;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Email;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Orders;

/// <summary>바로구매: a purchase order for one listing at the quantity price that applies, written by a
/// buyer and waiting for the institution's approver. Procurement never touches the consumer cart,
/// card checkout or the shop's stock: the enterprise confirms or declines what it can supply.</summary>
public static partial class DirectPurchase
{
    public sealed class Form
    {
        public int Quantity { get; set; }
        public string DeliveryPlace { get; set; } = "";
        public DateOnly? DeliveryDate { get; set; }
        /// <summary>Required only when the order is above the single-quote cap.</summary>
        public string? CapReason { get; set; }
        /// <summary>Why the buyer orders from a firm graded SVI 미흡 or below, where the rule allows it.</summary>
        public string? SviReason { get; set; }
    }

    public sealed record Command(int InstitutionId, string BuyerId, int ProductId, Form Form) : IRequest<int>, ITransactional;


    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(c => c.Form.Quantity).InclusiveBetween(1, 1_000_000).WithMessage(_ => texts["Procurement.QuantityInvalid"]);
            OrderRules.DeliveryPlaceAndDate(this, c => c.Form.DeliveryPlace, c => c.Form.DeliveryDate, texts, clock);
            RuleFor(c => c.Form.CapReason).MaximumLength(1000).WithMessage(_ => texts["Procurement.NoteTooLong"]);
            RuleFor(c => c.Form.SviReason).MaximumLength(1000).WithMessage(_ => texts["Procurement.NoteTooLong"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, PlatformSettings settings, MemberMail mail, TimeProvider clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command command, CancellationToken ct)
        {
            var product = await db.Products.Visible().Include(p => p.Enterprise).Include(p => p.PriceTiers)
                .FirstOrDefaultAsync(p => p.Id == command.ProductId, ct) ?? throw new DomainException(ErrorCodes.ProductUnavailable);
            var form = command.Form;
            // An order names no option, and options differ in price: such a listing is bought through a quote request.
            if (await db.ProductOptions.AnyAsync(o => o.ProductId == product.Id, ct)) throw new DomainException(ErrorCodes.OptionsNeedQuote, product.Name);
            if (form.Quantity < product.MinOrderQuantity)
                throw new DomainException(ErrorCodes.BelowMinimumOrder, $"{form.Quantity} < {product.MinOrderQuantity}");
            var line = PurchaseOrderLine.AtInclusivePrice(product.Id, product.Name, product.Kind, form.Quantity,
                product.UnitPriceFor(form.Quantity));
            var order = new PurchaseOrder(command.InstitutionId, product.Enterprise, command.BuyerId, PurchaseMethod.DirectPurchase, null,
                form.DeliveryPlace, form.DeliveryDate!.Value, [line], clock.GetUtcNow().UtcDateTime);
            order.CheckSingleQuoteCap((long)await settings.GetAsync(PlatformSettings.SingleQuoteCapWon, ct), form.CapReason);
            order.CheckSvi(product.Enterprise.SviGrade, product.Enterprise.SviYear, await settings.GetLowSviRuleAsync(ct), form.SviReason);
            db.PurchaseOrders.Add(order);
            await db.SaveChangesAsync(ct);
            // Its number comes from its id: the approvers' mail is queued once it has one, in the same transaction.
            await mail.ToInstitutionAsync(command.InstitutionId, Domain.Members.Roles.InstitutionApprover, MailTopic.Procurement, "PurchaseOrderAwaitsApproval",
                $"/procurement/orders/{order.Id}", [order.Number, order.Total], ct);
            await db.SaveChangesAsync(ct);
            return order.Id;
        }
    }
}
