using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Behaviors;

/// <summary>Marks an idempotent command that may lose a race to a concurrent one (a version check,
/// or a unique key such as a webhook's event id): it is run again from the start, in a fresh
/// transaction, and then sees what the winner committed.</summary>
public interface IRetriedAfterConflict;

/// <summary>Runs an <see cref="IRetriedAfterConflict"/> request up to three times when its save loses
/// to another; after the third, <see cref="ConcurrencyBehavior{TRequest,TResponse}"/> tells the caller.
/// Sits outside the transaction, so each try has its own. The context is asked of the scope only
/// for such a request: a cached read needs none.</summary>
public sealed class RetryBehavior<TRequest, TResponse>(IServiceProvider services, ILogger<RetryBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public const int Attempts = 3;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IRetriedAfterConflict) return await next();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await next();
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                logger.LogInformation("{Request} lost a race on attempt {Attempt}; trying again", typeof(TRequest).Name, attempt);
                services.GetRequiredService<MarketplaceDbContext>().ChangeTracker.Clear();
            }
        }
    }
}
