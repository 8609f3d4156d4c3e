using FluentValidation;
using MediatR;

namespace Marketplace.Web.Infrastructure.Behaviors;

/// <summary>Runs every validator of a request before its handler; a failure becomes an
/// <see cref="InputValidationException"/> that the web layer shows beside the form.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            failures.AddRange(result.Errors);
        }
        if (failures.Count > 0)
            throw new InputValidationException(failures.Select(f => new InputError(f.PropertyName, f.ErrorMessage)).ToList());
        return await next();
    }
}

public sealed record InputError(string Field, string Message);

public sealed class InputValidationException(IReadOnlyList<InputError> errors)
    : Exception("The request's input is not valid.")
{
    public IReadOnlyList<InputError> Errors { get; } = errors;

    public static InputValidationException For(string field, string message) => new([new InputError(field, message)]);
}
