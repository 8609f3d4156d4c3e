using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Marketplace.Web.Infrastructure.Members;

public enum Party { Enterprise, Institution }

/// <summary>The actions under it are for members who act for an enterprise (or a verified institution).
/// A member who does not is sent to <see cref="OrElse"/> on a page visit, and gets 404 otherwise.
/// Runs after the role checks of [Authorize], so a visitor is still sent to sign in first.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ActsForAttribute(Party party) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public Party Party { get; } = party;
    public string? OrElse { get; init; }
    public int Order => 1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.Result is not null) return;
        var links = await context.HttpContext.RequestServices.GetRequiredService<CurrentMember>().LinksAsync(context.HttpContext.RequestAborted);
        if ((Party == Party.Enterprise ? links.EnterpriseId : links.InstitutionId) is not null) return;
        context.Result = HttpMethods.IsGet(context.HttpContext.Request.Method) && OrElse is not null
            ? new RedirectResult(OrElse)
            : new NotFoundResult();
    }
}

public enum CurrentPart { MemberId, Enterprise, Institution }

/// <summary>Binds a parameter from <see cref="CurrentMember"/>, never from the request:
/// <c>[Current(CurrentPart.Enterprise)] int enterprise</c>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class CurrentAttribute(CurrentPart part) : Attribute, IBinderTypeProviderMetadata, IBindingSourceMetadata
{
    public CurrentPart Part { get; } = part;
    public Type BinderType => typeof(CurrentMemberBinder);
    public BindingSource BindingSource => BindingSource.Special;
}

public sealed class CurrentMemberBinder(CurrentMember member) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext context)
    {
        var part = (context.ModelMetadata as DefaultModelMetadata)?.Attributes.ParameterAttributes?.OfType<CurrentAttribute>().FirstOrDefault()?.Part
            ?? throw new InvalidOperationException("[Current] binds only action parameters.");
        var links = await member.LinksAsync(context.HttpContext.RequestAborted);
        object? value = part switch
        {
            CurrentPart.MemberId => member.Id,
            CurrentPart.Enterprise => links.EnterpriseId,
            _ => links.InstitutionId,
        };
        // Without [ActsFor] on the action a missing link fails binding (a 400), never a zero id.
        context.Result = value is null ? ModelBindingResult.Failed() : ModelBindingResult.Success(value);
    }
}
