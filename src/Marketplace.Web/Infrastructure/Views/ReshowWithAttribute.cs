using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Marketplace.Web.Infrastructure.Views;

/// <summary>Names the controller method that builds the page a refused form is shown on again, with
/// the messages (already in ModelState) beside what the user typed: <c>[ReshowWith(nameof(DetailsPage))]</c>.
/// Its parameters are filled by name from the refused action's arguments and route values; the
/// answer is 400. One way for every form, instead of a catch block per action.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReshowWithAttribute(string method) : Attribute
{
    public string Method { get; } = method;

    public static ReshowWithAttribute? Of(ActionExecutingContext context) =>
        (context.ActionDescriptor as ControllerActionDescriptor)?.MethodInfo.GetCustomAttribute<ReshowWithAttribute>();

    public async Task<IActionResult> PageAsync(ActionExecutingContext context)
    {
        var controller = context.Controller;
        // The refused action itself is never the page (a GET and a POST may share a name).
        var refused = (context.ActionDescriptor as ControllerActionDescriptor)?.MethodInfo;
        var candidates = controller.GetType().GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(m => m.Name == Method && m != refused).ToList();
        var method = candidates.OrderByDescending(m => m.GetParameters().Count(p => Argument(context, p.Name!) is not null)).FirstOrDefault()
            ?? throw new InvalidOperationException($"{controller.GetType().Name} has no method {Method}.");
        var arguments = method.GetParameters().Select(p => Fill(context, p)).ToArray();
        var result = method.Invoke(controller, arguments) switch
        {
            Task<IActionResult> pending => await pending,
            IActionResult done => done,
            var other => throw new InvalidOperationException($"{Method} returned {other?.GetType().Name}, not a page."),
        };
        if (result is ViewResult view)
        {
            view.StatusCode = StatusCodes.Status400BadRequest;
            view.ViewData["ReshownFrom"] = PostOnlyAddresses.PageOfForm(context.HttpContext.Request);
        }
        context.HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        return result;
    }

    private static object? Fill(ActionExecutingContext context, ParameterInfo parameter)
    {
        if (parameter.ParameterType == typeof(CancellationToken)) return context.HttpContext.RequestAborted;
        if (Argument(context, parameter.Name!) is { } argument && parameter.ParameterType.IsInstanceOfType(argument)) return argument;
        if (context.RouteData.Values.TryGetValue(parameter.Name!, out var route) && route is not null)
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            return Convert.ChangeType(route, type, System.Globalization.CultureInfo.InvariantCulture);
        }
        // A value the request did not bind (it was unreadable): the page shows without it.
        if (parameter.HasDefaultValue) return parameter.DefaultValue;
        return parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null
            ? Activator.CreateInstance(parameter.ParameterType)
            : null;
    }

    private static object? Argument(ActionExecutingContext context, string name) =>
        context.ActionArguments.FirstOrDefault(a => string.Equals(a.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
