using AutoMapper.QueryableExtensions;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Orders;

public static partial class MyOrders
{
    public sealed record DetailQuery(string MemberId, int OrderId) : IRequest<Detail?>;

    /// <param name="ConfirmsItselfAtUtc">When a delivered, unconfirmed purchase confirms itself.</param>
    /// <param name="Returns">The order's returns and exchanges, oldest first.</param>
    public sealed record Detail(OrderView Order, Enterprises.SellerCard Seller, DateTime? ConfirmsItselfAtUtc, IReadOnlyList<Returns.ReturnView> Returns);

    /// <summary>The order as the shopper reads it: state, dates, lines, address and shipment.</summary>
    public sealed class OrderView
    {
        public int Id { get; init; }
        public int EnterpriseId { get; init; }
        public OrderStatus Status { get; init; }
        public DateTime CreatedAtUtc { get; init; }
        public DateTime? PaidAtUtc { get; init; }
        public DateTime? ShippedAtUtc { get; init; }
        public DateTime? DeliveredAtUtc { get; init; }
        public DateTime? ConfirmedAtUtc { get; init; }
        public bool ConfirmedAutomatically { get; init; }
        public DateTime? CancelledAtUtc { get; init; }
        public string? CancellationReason { get; init; }
        public string? EnterpriseCancellationNote { get; init; }
        public string? Carrier { get; init; }
        public string? TrackingNumber { get; init; }
        public long TotalWon { get; init; }
        public long ShippingWon { get; init; }
        public long RemoteShippingWon { get; init; }
        public long ReturnRefundedWon { get; init; }
        public bool ReturnOpen { get; init; }
        public ShippingAddress ShipTo { get; init; } = null!;
        public IReadOnlyList<LineView> Lines { get; init; } = [];

        public string Number => Domain.Ordering.Order.NumberOf(Id, CreatedAtUtc);
        public Won Total => new(TotalWon);
        public long ChargedWon => TotalWon + ShippingWon + RemoteShippingWon;
        /// <summary>Whether a return may still be asked for some reason, and for a change of mind (7 days).</summary>
        public bool MayRequestReturn(DateOnly today) => !ReturnOpen && Domain.Ordering.Order.ArrivedWith(Status) && DeliveredAtUtc is { } d
            && Domain.Ordering.Order.ReturnDeadline(d, ReturnReason.Defective) >= today && Lines.Any(l => l.Quantity > l.ReturnedQuantity);
        public bool CanBeCancelledByShopper => Domain.Ordering.Order.ShopperMayCancel(Status);

        /// <summary>The lines' shares added up, while the order stands (a refunded order made none).</summary>
        public Reporting.ImpactSum? Impact => Status is OrderStatus.Cancelled or OrderStatus.Refunded || Lines.All(l => l.SocialValue is null) ? null
            : Reporting.ImpactSum.Of(Lines.Select(l => l.SocialValue));
    }

    public sealed class LineView
    {
        public int Id { get; init; }
        public int ProductId { get; init; }
        /// <summary>The buyer's review of this line, once written.</summary>
        public int? ReviewId { get; set; }
        public string ProductName { get; init; } = "";
        public string? OptionName { get; init; }
        public long UnitPriceWon { get; init; }
        public int Quantity { get; init; }
        public int ReturnedQuantity { get; init; }
        public Won Subtotal => new(UnitPriceWon * Quantity);
        public string DisplayName => OptionName is null ? ProductName : $"{ProductName} · {OptionName}";
        /// <summary>The share of the seller's social value fixed when the order was paid; null without figures for that year.</summary>
        public Domain.Enterprises.SocialValueShare? SocialValue { get; init; }
    }

    public sealed class Profile : AutoMapper.Profile
    {
        public Profile()
        {
            CreateProjection<OrderLine, LineView>().ForMember(d => d.ReviewId, o => o.Ignore());
            CreateProjection<Order, OrderView>();
        }
    }

    public sealed class DetailHandler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping, Admin.Settings.PlatformSettings settings)
        : IRequestHandler<DetailQuery, Detail?>
    {
        public async Task<Detail?> Handle(DetailQuery query, CancellationToken ct)
        {
            var order = await db.Orders.AsNoTracking().Where(o => o.Id == query.OrderId && o.MemberId == query.MemberId)
                .ProjectTo<OrderView>(mapping).FirstOrDefaultAsync(ct);
            if (order is null) return null;
            var lineIds = order.Lines.Select(l => l.Id).ToList();
            var reviews = await db.Reviews.Where(r => lineIds.Contains(r.OrderLineId)).ToDictionaryAsync(r => r.OrderLineId, r => r.Id, ct);
            foreach (var line in order.Lines) line.ReviewId = reviews.TryGetValue(line.Id, out var review) ? review : null;
            var seller = await db.Enterprises.AsNoTracking().Where(e => e.Id == order.EnterpriseId)
                .ProjectTo<Enterprises.SellerCard>(mapping).FirstAsync(ct);
            var confirmsItself = order is { Status: OrderStatus.Delivered, DeliveredAtUtc: { } delivered }
                ? delivered.AddDays((double)await settings.GetAsync(Admin.Settings.PlatformSettings.AutoConfirmDays, ct)) : (DateTime?)null;
            var returns = await Returns.ReturnView.OfOrderAsync(db, mapping, order.Id, order.Lines.ToDictionary(l => l.Id, l => l.DisplayName), ct);
            return new Detail(order, seller, confirmsItself, returns);
        }
    }
}
