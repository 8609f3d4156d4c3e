namespace Marketplace.Web.Infrastructure;

/// <summary>Where the app finds its settings, its data folder (App_Data) and its static files, from
/// whatever directory it is started: <c>dotnet run</c> in the project folder, a published folder, or
/// <c>dotnet src/Marketplace.Web/bin/Release/net10.0/Marketplace.Web.dll</c> from the repository root.</summary>
public static class AppFolders
{
    /// <summary>The working directory when it holds the app's appsettings.json (<c>dotnet run</c>), else
    /// the folder of the app itself, where the build and publish put appsettings.json. Null leaves the
    /// choice to the host, as when a test host names the content root.</summary>
    public static string? ContentRoot(string[] args)
    {
        if (args.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase))) return null;
        if (File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"))) return null;
        return AppContext.BaseDirectory;
    }

    /// <summary>The repository's top-level <c>wwwroot/</c> when the app runs from a build inside the
    /// repository; else the copy beside the app that the build and publish make.</summary>
    public static string WebRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln")) && Directory.Exists(Path.Combine(dir.FullName, "wwwroot")))
                return Path.Combine(dir.FullName, "wwwroot");
        }
        return Path.Combine(AppContext.BaseDirectory, "wwwroot");
    }
}
