using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Orders;

public static partial class SellerOrders
{
    public const int PageSize = 50;

    /// <summary><c>/seller/orders</c>: the enterprise's paid orders, found by state, by the Korean days they were
    /// placed on, and by order number or recipient.</summary>
    public sealed record ListQuery : IRequest<List>
    {
        public int EnterpriseId { get; init; }
        public OrderStatus? Status { get; init; }
        /// <summary>An order number (20261203-000001, or its last digits) or the recipient's name.</summary>
        public string? Q { get; init; }
        public DateOnly? From { get; init; }
        public DateOnly? To { get; init; }
        public int Page { get; init; } = 1;
    }

    public sealed class ListValidator : AbstractValidator<ListQuery>
    {
        public ListValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(q => q.Q).MaximumLength(40).WithMessage(_ => texts["Search.QueryTooLong", 40]);
            RuleFor(q => q.Page).InclusiveBetween(1, 10_000).WithMessage(_ => texts["Search.PageOutOfRange"]);
            RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
                .WithMessage(_ => texts["SellerOrders.PeriodReversed"]);
        }
    }

    public sealed record Row(int Id, DateTime CreatedAtUtc, OrderStatus Status, long TotalWon, string Recipient, int ItemCount)
    {
        public string Number => Order.NumberOf(Id, CreatedAtUtc);
    }

    public sealed record List(ListQuery Query, IReadOnlyList<Row> Rows, int TotalCount)
    {
        public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
    }

    /// <summary>The orders a list query names, newest first; the list page and its .xlsx read the same.</summary>
    public static IQueryable<Order> Matching(MarketplaceDbContext db, ListQuery query)
    {
        // Orders not yet paid are not the enterprise's business.
        var orders = db.Orders.AsNoTracking().Where(o => o.EnterpriseId == query.EnterpriseId && o.Status != OrderStatus.PendingPayment);
        if (query.Status is { } status) orders = orders.Where(o => o.Status == status);
        if (query.From is { } from) { var start = KoreaTime.StartOfDayUtc(from); orders = orders.Where(o => o.CreatedAtUtc >= start); }
        if (query.To is { } to) { var end = KoreaTime.StartOfDayUtc(to.AddDays(1)); orders = orders.Where(o => o.CreatedAtUtc < end); }
        if (query.Q?.Trim() is { Length: > 0 } q)
        {
            // The number's id part (after the date) finds the order; anything else is a recipient's name.
            var digits = q.Contains('-') ? q[(q.LastIndexOf('-') + 1)..] : q;
            orders = int.TryParse(digits, out var id) && digits.All(char.IsAsciiDigit)
                ? orders.Where(o => o.Id == id)
                : orders.Where(o => o.ShipTo.Recipient.Contains(q));
        }
        return orders.OrderByDescending(o => o.CreatedAtUtc).ThenByDescending(o => o.Id);
    }

    public sealed class ListHandler(MarketplaceDbContext db) : IRequestHandler<ListQuery, List>
    {
        public async Task<List> Handle(ListQuery query, CancellationToken ct)
        {
            var orders = Matching(db, query);
            var total = await orders.CountAsync(ct);
            var rows = await orders.Skip((query.Page - 1) * PageSize).Take(PageSize)
                .Select(o => new Row(o.Id, o.CreatedAtUtc, o.Status, o.TotalWon, o.ShipTo.Recipient, o.Lines.Sum(l => l.Quantity)))
                .ToListAsync(ct);
            return new List(query, rows, total);
        }
    }
}
