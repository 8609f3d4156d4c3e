namespace Marketplace.Web.Infrastructure;

/// <summary>The web root is the repository's top-level <c>wwwroot/</c>; a published app carries a copy.</summary>
public static class WebRoot
{
    public static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln")) && Directory.Exists(Path.Combine(dir.FullName, "wwwroot")))
                return Path.Combine(dir.FullName, "wwwroot");
        }
        return Path.Combine(AppContext.BaseDirectory, "wwwroot");
    }
}
