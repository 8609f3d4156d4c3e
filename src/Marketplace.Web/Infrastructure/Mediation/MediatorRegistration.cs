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

        // Outermost first. Logging sees everything (names and durations). Concurrency turns a save that
        // lost for good into a message. Validation refuses bad input before any work. Caching serves
        // shared reads and drops them after a change has committed. Retry runs a command that lost a
        // race again, each try in its own transaction, which is innermost.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ConcurrencyBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(CachingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(RetryBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));

        var openInterfaces = new[] { typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>) };
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var service in type.GetInterfaces())
            {
                if (!service.IsGenericType || !openInterfaces.Contains(service.GetGenericTypeDefinition())) continue;
                // A validator holds its rules and nothing of a request (texts and the clock are read when a rule runs):
                // built once, not per request, which cost a search page 3% of its time.
                if (service.GetGenericTypeDefinition() == typeof(IValidator<>)) services.AddSingleton(service, type);
                else services.AddScoped(service, type);
            }
        }
        return services;
    }
}
