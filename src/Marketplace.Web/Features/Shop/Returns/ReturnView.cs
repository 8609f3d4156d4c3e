using AutoMapper.QueryableExtensions;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Returns;

/// <summary>A return or exchange as the shopper's and the enterprise's order pages show its steps.</summary>
public sealed class ReturnView
{
    public int Id { get; init; }
    public int OrderId { get; init; }
    public ReturnKind Kind { get; init; }
    public ReturnReason Reason { get; init; }
    public string Details { get; init; } = "";
    public ReturnStatus Status { get; init; }
    public DateTime RequestedAtUtc { get; init; }
    public DateTime? DecidedAtUtc { get; init; }
    public string? PickupCarrier { get; init; }
    public string? PickupTrackingNumber { get; init; }
    public string? RefusalReason { get; init; }
    public DateTime? CompletedAtUtc { get; init; }
    public long RefundWon { get; init; }
    public long ShopperShippingWon { get; init; }
    public string? ReshipCarrier { get; init; }
    public string? ReshipTrackingNumber { get; init; }
    public IReadOnlyList<ReturnLine> Lines { get; init; } = [];
    /// <summary>The returned lines' names and quantities, filled from the order.</summary>
    public IReadOnlyList<(string Name, int Quantity)> Items { get; set; } = [];

    public bool IsOpen => Status is ReturnStatus.Requested or ReturnStatus.Accepted;

    public sealed class Profile : AutoMapper.Profile
    {
        public Profile() => CreateProjection<ReturnRequest, ReturnView>().ForMember(d => d.Items, o => o.Ignore());
    }

    /// <summary>An order's returns, oldest first, with the names of what goes back.</summary>
    public static async Task<IReadOnlyList<ReturnView>> OfOrderAsync(MarketplaceDbContext db, AutoMapper.IConfigurationProvider mapping,
        int orderId, IReadOnlyDictionary<int, string> lineNames, CancellationToken ct)
    {
        var returns = await db.ReturnRequests.AsNoTracking().Where(r => r.OrderId == orderId).OrderBy(r => r.Id)
            .ProjectTo<ReturnView>(mapping).ToListAsync(ct);
        foreach (var r in returns) r.Items = r.Lines.Select(l => (lineNames.GetValueOrDefault(l.OrderLineId, "?"), l.Quantity)).ToList();
        return returns;
    }
}
