using System.Reflection;
using FluentValidation;
using MediatR;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;

namespace Marketplace.Web.Infrastructure.Mediation;

/// <summary>MediatR 5 has no DI package here, so handlers, validators and behaviours are
/// registered by scanning this assembly once at start-up.</summary>
public static class MediatorRegistration
{
    public static IServiceCollection AddMediatorWithHandlers(this IServiceCollection services, Assembly assembly)
    {
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();

        // Order matters: logging sees everything, validation runs before anything else; the cache
        // sits outside the transaction, so a change is committed before shared answers are dropped.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ConcurrencyBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(CachingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));

        var openInterfaces = new[] { typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>) };
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var service in type.GetInterfaces())
            {
                if (service.IsGenericType && openInterfaces.Contains(service.GetGenericTypeDefinition()))
                    services.AddScoped(service, type);
            }
        }
        return services;
    }
}
