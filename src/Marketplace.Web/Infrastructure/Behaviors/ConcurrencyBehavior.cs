using Marketplace.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Behaviors;

/// <summary>Two people changed the same thing at once and this save lost: the user is told to look
/// again (a message in their language), rather than shown an error page.</summary>
public sealed class ConcurrencyBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new DomainException(ErrorCodes.ChangedMeanwhile, e.Message);
        }
    }
}
