using Marketplace.Web.Infrastructure;
using Marketplace.Web.Infrastructure.Data;
using Marketplace.Web.Infrastructure.DemoData;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Views;
using Marketplace.Web.Features.Shared;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppFolders.ContentRoot(args),
    WebRootPath = AppFolders.WebRoot(),
});
builder.Services.AddMarketplace(builder.Configuration, builder.Environment);
var app = builder.Build();
// Settings are checked before anything runs, commands included: a wrong value stops here, naming its key.
app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();

// Commands: `-- migrate` applies the schema and exits; `-- schema-script` prints the SQL of every
// migration for the configured provider (what `migrate` would run on an empty database);
// `-- seed-bench N` adds N catalog products for benchmarks; `-- seed-bench-orders ORDERS MEMBERS`
// adds members and paid orders for the operator dashboards' benchmark; `-- consistency-snapshot FILE`
// and `-- consistency-check FILE` record and verify what must survive a crash (bench/crash.sh);
// `-- reindex` builds this server's search index again from the database and prints its size and time.
switch (args.FirstOrDefault())
{
    case "migrate":
        await DatabaseSetup.MigrateAsync(app.Services);
        return;
    case "schema-script":
        Console.WriteLine(SchemaScript.Generate(app.Services));
        return;
    case "seed-bench":
        await DatabaseSetup.MigrateAsync(app.Services);
        await BenchData.SeedAsync(app.Services, int.Parse(args.ElementAtOrDefault(1) ?? "100000"));
        return;
    case "seed-bench-orders":
        await DatabaseSetup.MigrateAsync(app.Services);
        await BenchData.SeedAsync(app.Services, 0);
        await BenchOrders.SeedAsync(app.Services, int.Parse(args.ElementAtOrDefault(1) ?? "1000000"), int.Parse(args.ElementAtOrDefault(2) ?? "200000"));
        return;
    case "consistency-snapshot":
        await Consistency.SnapshotAsync(app.Services, args[1]);
        return;
    case "consistency-check":
        Environment.ExitCode = await Consistency.CheckAsync(app.Services, args[1]) == 0 ? 0 : 1;
        return;
    case "reindex":
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var index = scope.ServiceProvider.GetRequiredService<Marketplace.Web.Infrastructure.Search.CatalogIndex>();
            var started = System.Diagnostics.Stopwatch.StartNew();
            await index.RebuildAsync(scope.ServiceProvider.GetRequiredService<Marketplace.Domain.Data.MarketplaceDbContext>(), CancellationToken.None);
            Console.WriteLine($"reindexed: {index.DocumentCount} documents in {started.ElapsedMilliseconds} ms");
        }
        return;
}

// Database:MigrateOnStart=false leaves the schema to `-- migrate`, run apart by whoever may change it.
if (app.Configuration.GetValue("Database:MigrateOnStart", true)) await DatabaseSetup.MigrateAsync(app.Services);
await DemoDataSeeder.SeedIfEnabledAsync(app.Services);

// Behind a reverse proxy named in Site:TrustedProxies, the scheme and client address come from its X-Forwarded-* headers:
// cookies then know the request was HTTPS, and rate limits see the visitor, not the proxy.
app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRequestLocalization(Cultures.RequestLocalizationOptions());
app.UseCultureCookieFromQuery();
app.UseRouting();
app.UsePostOnlyAddressRedirect();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache();
app.MapControllers();
app.MapHealthCheck();
app.MapGeneratedImages();
app.MapMedia();

app.Run();

public partial class Program;
