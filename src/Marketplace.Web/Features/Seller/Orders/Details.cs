using AutoMapper.QueryableExtensions;
using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Orders;

public static partial class SellerOrders
{
    public sealed record DetailQuery(int EnterpriseId, int OrderId) : IRequest<Detail?>;

    /// <summary>A paid order as the enterprise fulfils it: lines, address, shipment.</summary>
    public sealed class Detail
    {
        public int Id { get; init; }
        public DateTime CreatedAtUtc { get; init; }
        public OrderStatus Status { get; init; }
        public long TotalWon { get; init; }
        public long ShippingWon { get; init; }
        public long RemoteShippingWon { get; init; }
        public long ReturnRefundedWon { get; init; }
        public ShippingAddress ShipTo { get; init; } = null!;
        public string? Carrier { get; init; }
        public string? TrackingNumber { get; init; }
        public IReadOnlyList<DetailLine> Lines { get; init; } = [];
        /// <summary>The order's returns and exchanges, oldest first.</summary>
        public IReadOnlyList<Shop.Returns.ReturnView> Returns { get; set; } = [];

        public long ChargedWon => TotalWon + ShippingWon + RemoteShippingWon;
        public string Number => Order.NumberOf(Id, CreatedAtUtc);
        public Won Total => new(TotalWon);
    }

    public sealed class DetailLine
    {
        public int Id { get; init; }
        public int ReturnedQuantity { get; init; }
        public string ProductName { get; init; } = "";
        public string? OptionName { get; init; }
        public long UnitPriceWon { get; init; }
        public int Quantity { get; init; }
        public Won Subtotal => new(UnitPriceWon * Quantity);
    }

    public sealed class Profile : AutoMapper.Profile
    {
        public Profile()
        {
            CreateProjection<OrderLine, DetailLine>();
            CreateProjection<Order, Detail>().ForMember(d => d.Returns, o => o.Ignore());
        }
    }

    public sealed class DetailHandler(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping) : IRequestHandler<DetailQuery, Detail?>
    {
        public async Task<Detail?> Handle(DetailQuery query, CancellationToken ct)
        {
            var order = await db.Orders.AsNoTracking()
                .Where(o => o.Id == query.OrderId && o.EnterpriseId == query.EnterpriseId && o.Status != OrderStatus.PendingPayment)
                .ProjectTo<Detail>(mapping).FirstOrDefaultAsync(ct);
            if (order is null) return null;
            order.Returns = await Shop.Returns.ReturnView.OfOrderAsync(db, mapping, order.Id,
                order.Lines.ToDictionary(l => l.Id, l => l.OptionName is null ? l.ProductName : $"{l.ProductName} · {l.OptionName}"), ct);
            return order;
        }
    }
}
