using MediatR;

namespace Marketplace.Web.Infrastructure.Caching;

/// <summary>A public read whose answer is the same for every visitor, so it may be shared for
/// <see cref="CacheFor"/>. The request itself is the key: it must be a record of plain values.</summary>
public interface ISharedQuery
{
    TimeSpan CacheFor { get; }
}

/// <summary>A command that changes what public reads show; shared answers are dropped after it succeeds.</summary>
public interface IChangesCatalog;

public sealed class CachingBehavior<TRequest, TResponse>(SharedReadCache cache) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        switch (request)
        {
            case ISharedQuery shared:
                return await cache.GetOrLoadAsync(request!, shared.CacheFor, () => next());
            case IChangesCatalog:
                var response = await next();
                await cache.InvalidateAsync();
                return response;
            default:
                return await next();
        }
    }
}
