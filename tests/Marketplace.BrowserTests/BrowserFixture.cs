using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Marketplace.BrowserTests;

/// <summary>The real app on Kestrel at 127.0.0.1 with its own SQLite file, and Debian's Chromium
/// driven by Playwright. No Chromium means a failing test, never a skipped one.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly AppFactory _app = new();

    /// <summary>The app under test, for looking up ids the pages do not show.</summary>
    public AppFactory App => _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(Marketplace.Web.Tests.Infrastructure.ConfigurationTests.RepositoryRoot(), "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        _app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        _app.StartServer();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: test.sh installs Debian's chromium.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // This machine has no network beyond loopback: keep Chromium from calling home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    public Task<IPage> NewPageAsync() => NewPageAsync(1280, 900);

    /// <summary>A page in a window of this size: 390 × 844 is a common phone.</summary>
    public async Task<IPage> NewPageAsync(int width, int height)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "ko-KR", IsMobile = width < 600, HasTouch = width < 600,
        });
        // A fresh machine's first Chromium start builds its font cache: allow for it.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        _app.Dispose();
    }
}
