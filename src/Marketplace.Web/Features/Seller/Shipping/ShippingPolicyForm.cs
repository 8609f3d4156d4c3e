using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Shipping;

/// <summary><c>/seller/shipping</c>: the enterprise's shipping policy — a base fee per order, the amount from which it ships
/// free, and the extras for 제주 and 도서산간 — which the product pages, the cart and the checkout apply.</summary>
public static class ShippingPolicyForm
{
    public sealed class Form
    {
        public long BaseFee { get; set; }
        /// <summary>Empty: no free shipping by amount.</summary>
        public long? FreeOver { get; set; }
        public long JejuExtra { get; set; }
        public long IslandExtra { get; set; }
    }

    public sealed record Query(int EnterpriseId) : IRequest<Form>;

    public sealed record Save(int EnterpriseId, Form Form) : IRequest<Unit>, ITransactional, IChangesCatalog;

    public sealed class Validator : AbstractValidator<Save>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(s => s.Form.BaseFee).InclusiveBetween(0, ShippingPolicy.MaxFeeWon).WithMessage(_ => texts["Error.InvalidShippingFee"]);
            RuleFor(s => s.Form.JejuExtra).InclusiveBetween(0, ShippingPolicy.MaxFeeWon).WithMessage(_ => texts["Error.InvalidShippingFee"]);
            RuleFor(s => s.Form.IslandExtra).InclusiveBetween(0, ShippingPolicy.MaxFeeWon).WithMessage(_ => texts["Error.InvalidShippingFee"]);
            RuleFor(s => s.Form.FreeOver).InclusiveBetween(0, ShippingPolicy.MaxThresholdWon).When(s => s.Form.FreeOver is not null)
                .WithMessage(_ => texts["Error.InvalidShippingThreshold"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Form>, IRequestHandler<Save, Unit>
    {
        public async Task<Form> Handle(Query query, CancellationToken ct)
        {
            var e = await db.Enterprises.AsNoTracking().FirstAsync(x => x.Id == query.EnterpriseId, ct);
            return new Form { BaseFee = e.ShippingBaseFeeWon, FreeOver = e.FreeShippingOverWon, JejuExtra = e.JejuExtraFeeWon, IslandExtra = e.IslandExtraFeeWon };
        }

        public async Task<Unit> Handle(Save command, CancellationToken ct)
        {
            var enterprise = await db.Enterprises.FirstAsync(e => e.Id == command.EnterpriseId, ct);
            var f = command.Form;
            enterprise.SetShipping(ShippingPolicy.Of(f.BaseFee, f.FreeOver, f.JejuExtra, f.IslandExtra));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
