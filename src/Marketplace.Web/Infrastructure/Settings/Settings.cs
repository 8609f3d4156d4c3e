using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Settings;

/// <summary>A group of settings bound from one configuration section, which says what is wrong with
/// its values, each message naming its key (<c>Payments:SessionMinutes must be …</c>).</summary>
public interface ISettings
{
    static abstract string Section { get; }
    IEnumerable<string> Problems();
}

public static class SettingsRegistration
{
    /// <summary>Binds <typeparamref name="T"/> to its section and checks it when the app starts
    /// (Program validates before migrating): a wrong value stops start-up with its key named.</summary>
    public static IServiceCollection AddSettings<T>(this IServiceCollection services, IConfiguration configuration) where T : class, ISettings
    {
        services.AddOptions<T>().Bind(configuration.GetSection(T.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>, SettingsValidator<T>>();
        return services;
    }

    private sealed class SettingsValidator<T> : IValidateOptions<T> where T : class, ISettings
    {
        public ValidateOptionsResult Validate(string? name, T options) =>
            options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}

/// <summary>Checks shared by the settings groups.</summary>
public static class Check
{
    public static IEnumerable<string> Range(string key, long value, long min, long max)
    {
        if (value < min || value > max) yield return $"{key} is {value}; it must be between {min} and {max}.";
    }

    public static IEnumerable<string> Range(string key, decimal value, decimal min, decimal max)
    {
        if (value < min || value > max) yield return $"{key} is {value}; it must be between {min} and {max}.";
    }
}
