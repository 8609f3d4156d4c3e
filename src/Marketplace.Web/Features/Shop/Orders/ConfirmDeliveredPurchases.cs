using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Admin.Settings;
using Marketplace.Web.Infrastructure.Behaviors;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Shop.Orders;

/// <summary>Purchases delivered more than the set days ago (7 by default, <c>/admin/settings</c>) and not confirmed by
/// the shopper confirm themselves, in batches.</summary>
public static class ConfirmDeliveredPurchases
{
    public const int BatchSize = 1_000;

    public sealed record Command : IRequest<int>, ITransactional;

    /// <returns>How many were confirmed.</returns>
    public sealed class Handler(MarketplaceDbContext db, PlatformSettings settings, TimeProvider clock) : IRequestHandler<Command, int>
    {
        public async Task<int> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var before = now.AddDays(-(double)await settings.GetAsync(PlatformSettings.AutoConfirmDays, ct));
            var due = await db.Orders.Where(o => o.Status == OrderStatus.Delivered && !o.ReturnOpen && o.DeliveredAtUtc <= before)
                .OrderBy(o => o.DeliveredAtUtc).Take(BatchSize).ToListAsync(ct);
            foreach (var order in due) order.ConfirmPurchase(now, automatically: true);
            await db.SaveChangesAsync(ct);
            return due.Count;
        }
    }
}

/// <summary>Runs <see cref="ConfirmDeliveredPurchases"/> every quarter of an hour on one server.</summary>
public sealed class PurchaseConfirmationService(IServiceScopeFactory scopes, Infrastructure.Cluster.JobLeases leases, ILogger<PurchaseConfirmationService> logger)
    : Infrastructure.Cluster.LeasedJob(scopes, leases, logger)
{
    public override string Name => "purchase-confirmation";
    public override TimeSpan Interval => TimeSpan.FromMinutes(15);
    // Not at start: nothing is due a few minutes after a restart, and start-up stays free of this work.
    protected override bool RunsAtStart => false;

    protected override Task RunAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<IMediator>().Send(new ConfirmDeliveredPurchases.Command(), ct);
}
