using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure.Views;

/// <summary>Turns bad input into a page the user can act on, never a 500, in one place for every form:
/// a form (POST) is shown again with the messages beside its fields (the page its action names with
/// <see cref="ReshowWithAttribute"/>, else its own view with the bound request); a page asked for with
/// unusable query values (GET) answers 400 with the messages. Domain rules broken by a
/// command read like input errors, in the user's language.</summary>
public sealed class InputErrorFilter(IStringLocalizer<Texts> texts, IModelMetadataProvider metadata, ILogger<InputErrorFilter> logger) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var isRead = HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method);
        if (isRead && !context.ModelState.IsValid)
        {
            context.Result = BadQuery(context, context.ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return;
        }

        // A form whose values could not even be read (letters in a number field) is shown again at once,
        // with the binder's messages in the user's language; the command never sees default values.
        if (!isRead && ReshowWithAttribute.Of(context) is { } unreadable && !Readable(context.ModelState))
        {
            logger.LogInformation("Unreadable form on {Method} {Path}", context.HttpContext.Request.Method, context.HttpContext.Request.Path);
            context.Result = await unreadable.PageAsync(context);
            return;
        }

        var executed = await next();
        var errors = executed.Exception is { } exception ? InputErrors.Of(exception, texts) : null;
        if (errors is null) return;

        executed.ExceptionHandled = true;
        logger.LogInformation("Input refused on {Method} {Path}: {Reason}", context.HttpContext.Request.Method, context.HttpContext.Request.Path, executed.Exception!.Message);
        if (isRead)
        {
            executed.Result = BadQuery(context, errors.Select(e => e.Message));
            return;
        }
        foreach (var error in errors)
            context.ModelState.AddModelError(error.Field, error.Message);
        if (ReshowWithAttribute.Of(context) is { } reshow)
        {
            executed.Result = await reshow.PageAsync(context);
            return;
        }
        // Re-show the form with what the user typed: the bound request is the form's model.
        var form = context.ActionArguments.Values.FirstOrDefault(a => a is IBaseRequest);
        executed.Result = new ViewResult
        {
            ViewName = (string?)context.RouteData.Values["action"],
            ViewData = new ViewDataDictionary(metadata, context.ModelState) { Model = form },
            StatusCode = StatusCodes.Status400BadRequest,
        };
    }

    /// <summary>Whether every value of the form could be read. A number field left empty is not an
    /// error here (a blank row of a form is no row, and the command's own rules say what is required);
    /// letters in it are.</summary>
    private static bool Readable(ModelStateDictionary state)
    {
        foreach (var entry in state.Values.Where(e => e.Errors.Count > 0 && string.IsNullOrEmpty(e.AttemptedValue)))
        {
            entry.Errors.Clear();
            entry.ValidationState = ModelValidationState.Valid;
        }
        return state.IsValid;
    }

    private ViewResult BadQuery(ActionContext context, IEnumerable<string> messages) => new()
    {
        ViewName = "BadRequest",
        ViewData = new ViewDataDictionary(metadata, context.ModelState) { Model = messages.Distinct().ToList() },
        StatusCode = StatusCodes.Status400BadRequest,
    };
}
