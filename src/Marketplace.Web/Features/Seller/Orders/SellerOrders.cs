using AutoMapper.QueryableExtensions;
using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Orders;

/// <summary><c>/seller/orders</c>: the enterprise's part of consumer orders, to accept, ship and
/// mark delivered. Every query and command is scoped by the enterprise id of the signed-in staff
/// member; another enterprise's order is simply not found.</summary>
public static class SellerOrders
{
    public sealed record ListQuery(int EnterpriseId, OrderStatus? Status) : IRequest<IReadOnlyList<Row>>;

    public sealed record Row(int Id, DateTime CreatedAtUtc, OrderStatus Status, long TotalWon, string Recipient, int ItemCount)
    {
        public string Number => Order.NumberOf(Id, CreatedAtUtc);
    }

    public sealed record DetailQuery(int EnterpriseId, int OrderId) : IRequest<Detail?>;

    /// <summary>A paid order as the enterprise fulfils it: lines, address, shipment.</summary>
    public sealed class Detail
    {
        public int Id { get; init; }
        public DateTime CreatedAtUtc { get; init; }
        public OrderStatus Status { get; init; }
        public long TotalWon { get; init; }
        public ShippingAddress ShipTo { get; init; } = null!;
        public string? Carrier { get; init; }
        public string? TrackingNumber { get; init; }
        public IReadOnlyList<DetailLine> Lines { get; init; } = [];

        public string Number => Order.NumberOf(Id, CreatedAtUtc);
        public Won Total => new(TotalWon);
    }

    public sealed class DetailLine
    {
        public string ProductName { get; init; } = "";
        public long UnitPriceWon { get; init; }
        public int Quantity { get; init; }
        public Won Subtotal => new(UnitPriceWon * Quantity);
    }

    public sealed class Profile : AutoMapper.Profile
    {
        public Profile()
        {
            CreateProjection<OrderLine, DetailLine>();
            CreateProjection<Order, Detail>();
        }
    }

    public enum Step { Accept, Ship, Deliver }

    public sealed record Advance(int EnterpriseId, int OrderId, Step Step, string? Carrier = null, string? TrackingNumber = null)
        : IRequest<bool>, ITransactional;

    public sealed class AdvanceValidator : AbstractValidator<Advance>
    {
        public AdvanceValidator(IStringLocalizer<Texts> texts)
        {
            When(a => a.Step == Step.Ship, () =>
            {
                RuleFor(a => a.Carrier).NotEmpty().WithMessage(_ => texts["Seller.CarrierRequired"]).MaximumLength(60);
                RuleFor(a => a.TrackingNumber).NotEmpty().WithMessage(_ => texts["Seller.TrackingRequired"])
                    .Matches("^[0-9A-Za-z-]{4,40}$").WithMessage(_ => texts["Seller.TrackingInvalid"]);
            });
        }
    }

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock, AutoMapper.IConfigurationProvider mapping)
        : IRequestHandler<ListQuery, IReadOnlyList<Row>>, IRequestHandler<DetailQuery, Detail?>, IRequestHandler<Advance, bool>
    {
        public async Task<IReadOnlyList<Row>> Handle(ListQuery query, CancellationToken ct)
        {
            // Orders not yet paid are not the enterprise's business.
            var orders = db.Orders.AsNoTracking().Where(o => o.EnterpriseId == query.EnterpriseId && o.Status != OrderStatus.PendingPayment);
            if (query.Status is { } status) orders = orders.Where(o => o.Status == status);
            return await orders.OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id).Take(300)
                .Select(o => new Row(o.Id, o.CreatedAtUtc, o.Status, o.TotalWon, o.ShipTo.Recipient, o.Lines.Sum(l => l.Quantity)))
                .ToListAsync(ct);
        }

        public Task<Detail?> Handle(DetailQuery query, CancellationToken ct) =>
            db.Orders.AsNoTracking()
                .Where(o => o.Id == query.OrderId && o.EnterpriseId == query.EnterpriseId && o.Status != OrderStatus.PendingPayment)
                .ProjectTo<Detail>(mapping).FirstOrDefaultAsync(ct);

        public async Task<bool> Handle(Advance command, CancellationToken ct)
        {
            var order = await db.Orders.FirstOrDefaultAsync(o => o.Id == command.OrderId && o.EnterpriseId == command.EnterpriseId, ct);
            if (order is null || order.Status == OrderStatus.PendingPayment) return false;
            var now = clock.GetUtcNow().UtcDateTime;
            switch (command.Step)
            {
                case Step.Accept: order.StartPreparing(); break;
                case Step.Ship: order.Ship(command.Carrier!, command.TrackingNumber!, now); break;
                case Step.Deliver: order.MarkDelivered(now); break;
            }
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
