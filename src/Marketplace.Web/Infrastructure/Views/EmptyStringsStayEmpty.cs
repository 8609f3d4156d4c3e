using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Marketplace.Web.Infrastructure.Views;

/// <summary>An empty text box binds to "" rather than null: forms' string fields are never null,
/// so handlers can trim and compare them without checks, and a blank optional field stays blank.</summary>
public sealed class EmptyStringsStayEmpty : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.ModelType == typeof(string)) context.DisplayMetadata.ConvertEmptyStringToNull = false;
    }
}
