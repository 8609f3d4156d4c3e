using System.Globalization;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The real app (Program, the MediatR pipeline, the migrations, the demo data) on a
/// SQLite file of its own, so that tests never share data with each other.</summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "marketplace-tests", Guid.NewGuid().ToString("N"));

    public AppFactory()
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "marketplace.db");
    }

    public string DatabasePath { get; }

    /// <summary>Mail the app sends lands here as .eml files.</summary>
    public string OutboxFolder => Path.Combine(_folder, "outbox");

    /// <summary>The SQL the app sent, for tests of what runs inside a transaction.</summary>
    public CommandLog Commands { get; } = new();

    /// <summary>The app's clock; tests move it forward to let sessions expire.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>Settings beyond the defaults, e.g. another provider. SQLite, unless the run asks for
    /// SQL Server (see <see cref="SqlServerTestServer"/>).</summary>
    protected virtual IDictionary<string, string?> Settings => _defaultSettings ??= SqlServerTestServer.IsDefaultProvider
        ? new Dictionary<string, string?> { ["Database:Provider"] = "SqlServer", ["ConnectionStrings:Marketplace"] = _sqlServerDatabase = SqlServerTestServer.NewDatabase() }
        : new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Marketplace"] = $"Data Source={DatabasePath}" };

    private IDictionary<string, string?>? _defaultSettings;
    private string? _sqlServerDatabase;

    /// <summary>Whether the demo catalog, members and orders are seeded; slice tests build their own data.</summary>
    protected virtual bool WithDemoData => true;

    /// <summary>The hosting environment; security tests run the app as in production.</summary>
    protected virtual string EnvironmentName => "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("DemoData:Enabled", WithDemoData ? "true" : "false");
        // Every test client comes from the same address; the rate-limit tests set their own limits.
        builder.UseSetting("RateLimits:SignInsPerMinute", "100000");
        builder.UseSetting("RateLimits:SignUpsPerHour", "100000");
        builder.UseSetting("RateLimits:WebhooksPerMinute", "100000");
        builder.UseSetting("Email:OutboxPath", OutboxFolder);
        builder.UseSetting("Site:PublicBaseUrl", "http://localhost");
        builder.UseSetting("Email:DispatchIntervalMs", "50");
        builder.UseSetting("Storage:Documents", Path.Combine(_folder, "documents"));
        builder.UseSetting("Storage:Images", Path.Combine(_folder, "images"));
        builder.UseSetting("Search:IndexPath", Path.Combine(_folder, "search-index"));
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(_folder, "keys"));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Commands);
        });
    }

    /// <summary>Sends a request through the real pipeline (logging, validation, transaction) in its own scope.</summary>
    public async Task<T> SendAsync<T>(IRequest<T> request, string culture = "ko")
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var scope = Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = previous;
        }
    }

    /// <summary>A client that shows redirects instead of following them, as tests check where they go.</summary>
    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (disposing && _sqlServerDatabase is not null) SqlServerTestServer.Drop(_sqlServerDatabase);
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Real time, plus whatever a test has added; or stopped, where a test must not depend on how fast it runs.</summary>
public sealed class TestClock : TimeProvider
{
    private TimeSpan _offset;
    private DateTimeOffset? _stopped;

    public override DateTimeOffset GetUtcNow() => (_stopped ?? base.GetUtcNow()) + _offset;

    public void Advance(TimeSpan by) => _offset += by;

    /// <summary>Until <see cref="Restart"/>, time moves only by <see cref="Advance"/>.</summary>
    public void Stop() => _stopped = base.GetUtcNow();

    public void Restart() => _stopped = null;
}
