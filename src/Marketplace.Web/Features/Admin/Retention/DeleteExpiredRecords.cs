using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Admin.Retention;

/// <summary>The daily retention job: deletes retained records whose period has ended, and sign-in records
/// (the access log) older than three months (통신비밀보호법 시행령 §41).</summary>
public static class DeleteExpiredRecords
{
    public static readonly TimeSpan SessionsKept = TimeSpan.FromDays(90);

    public sealed record Command : IRequest<Result>;

    public sealed record Result(int Records, int Sessions);

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken ct)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var records = await db.RetainedRecords.Where(r => r.KeepUntilUtc <= now).ExecuteDeleteAsync(ct);
            var before = now - SessionsKept;
            var sessions = await db.MemberSessions.Where(s => s.EndedAtUtc != null && s.EndedAtUtc < before).ExecuteDeleteAsync(ct);
            return new Result(records, sessions);
        }
    }
}

/// <summary>Sends <see cref="DeleteExpiredRecords.Command"/> at start and then once a day, on one server.</summary>
public sealed class RetentionSweep(IServiceScopeFactory scopes, Infrastructure.Cluster.JobLeases leases, ILogger<RetentionSweep> logger)
    : Infrastructure.Cluster.LeasedJob(scopes, leases, logger)
{
    public override string Name => "retention";
    public override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var deleted = await services.GetRequiredService<IMediator>().Send(new DeleteExpiredRecords.Command(), ct);
        if (deleted.Records + deleted.Sessions > 0)
            logger.LogInformation("Retention: deleted {Records} records past their period and {Sessions} old sign-in records", deleted.Records, deleted.Sessions);
    }
}
