using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Data;

/// <summary>SQLite only: the planner's statistics refreshed every hour, as the catalog and the orders grow. At
/// start they are refreshed before the first request (<see cref="DatabaseSetup.MigrateAsync"/>).</summary>
public sealed class SqliteStatistics(IServiceScopeFactory scopes, ILogger<SqliteStatistics> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
                await db.Database.ExecuteSqlInterpolatedAsync(ProviderSql.SqliteOptimize(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "SQLite's statistics were not refreshed; the next try is in an hour");
            }
        }
    }
}
