namespace Marketplace.Web.Infrastructure.Cluster;

/// <summary>A background job run every <see cref="Interval"/> by whichever server holds its lease
/// (<see cref="JobLeases"/>): with one server, that server; with several, one of them per turn.
/// A failed turn is logged and the next turn comes at the next interval.</summary>
public abstract class LeasedJob(IServiceScopeFactory scopes, JobLeases leases, ILogger logger) : BackgroundService
{
    /// <summary>The lease's name, the same on every server.</summary>
    public abstract string Name { get; }

    public abstract TimeSpan Interval { get; }

    /// <summary>Whether the first turn is at start rather than one interval later.</summary>
    protected virtual bool RunsAtStart => true;

    protected abstract Task RunAsync(IServiceProvider services, CancellationToken ct);

    /// <summary>One turn: runs the work if this server takes the lease. False when another server holds it.</summary>
    public async Task<bool> RunTurnAsync(CancellationToken ct)
    {
        if (!await leases.TryTakeAsync(Name, Interval, ct)) return false;
        await using var scope = scopes.CreateAsyncScope();
        await RunAsync(scope.ServiceProvider, ct);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        if (!RunsAtStart && !await timer.WaitForNextTickAsync(stoppingToken)) return;
        do
        {
            try
            {
                await RunTurnAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "{Job} failed; it runs again in {Interval}", Name, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
