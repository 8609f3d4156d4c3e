using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Marketplace.Web.Infrastructure.Views;

/// <summary>Finds a view beside its slice: a controller in namespace
/// <c>Marketplace.Web.Features.Shop.Catalog</c> renders <c>/Features/Shop/Catalog/{view}.cshtml</c>.</summary>
public sealed class FeatureFolderViewLocationExpander : IViewLocationExpander
{
    private const string Key = "feature";
    private const string Root = "Marketplace.Web.Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } ns && ns.StartsWith(Root, StringComparison.Ordinal))
        {
            context.Values[Key] = ns[Root.Length..].Replace('.', '/');
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(Key, out var feature) && feature is not null)
            yield return $"/Features/{feature}/{{0}}.cshtml";
        yield return "/Features/Shared/{0}.cshtml";
    }
}
