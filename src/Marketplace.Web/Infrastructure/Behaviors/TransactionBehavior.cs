using MediatR;
using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Behaviors;

/// <summary>Marks a command whose saves must all land or none.</summary>
public interface ITransactional;

/// <summary>Wraps an <see cref="ITransactional"/> request in one database transaction.
/// Handlers still call SaveChangesAsync themselves, so readers find where data is written.</summary>
// The context comes from the scope only for a transactional request: every other request (a cached read
// above all) would otherwise rent one from the pool for nothing.
public sealed class TransactionBehavior<TRequest, TResponse>(IServiceProvider services)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ITransactional) return await next();
        var db = services.GetRequiredService<MarketplaceDbContext>();
        if (db.Database.CurrentTransaction is not null) return await next();

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var response = await next();
            await transaction.CommitAsync(cancellationToken);
            return response;
        });
    }
}
