using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Data;
using Marketplace.Web.Infrastructure.Search;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Catalog = Marketplace.Web.Features.Shop.Catalog;

namespace Marketplace.Web.Tests.Infrastructure.Search;

/// <summary>A search reads the change feed only when a change was announced or the last read is old: between
/// changes it asks the database nothing about the index, and a change committed here is still found at once.</summary>
public class IndexCatchUpTests(SliceFixture app) : IClassFixture<SliceFixture>
{
    [Fact]
    public async Task Between_changes_a_search_reads_no_feed_and_an_announcement_or_time_makes_it_read_again()
    {
        var index = app.Services.GetRequiredService<CatalogIndex>();
        var log = new CommandLog();
        // A context of its own, with its own log: the background indexer's reads of the feed are not counted.
        await using var db = Context(log);
        const long announced = 1_000_000;
        app.Clock.Stop();
        try
        {
            await index.CatchUpBeforeSearchAsync(db, announced, CancellationToken.None);
            log.Clear();
            await index.CatchUpBeforeSearchAsync(db, announced, CancellationToken.None);
            Assert.Empty(log.Commands);

            await index.CatchUpBeforeSearchAsync(db, announced + 1, CancellationToken.None);
            Assert.Contains(log.Commands, c => c.Sql.Contains("CatalogChanges"));

            log.Clear();
            app.Clock.Advance(CatalogIndex.Recheck);
            await index.CatchUpBeforeSearchAsync(db, announced + 1, CancellationToken.None);
            Assert.Contains(log.Commands, c => c.Sql.Contains("CatalogChanges"));
        }
        finally
        {
            app.Clock.Restart();
        }
    }

    [Fact]
    public async Task A_product_committed_here_is_found_by_the_next_search_whatever_was_searched_just_before()
    {
        var token = SliceFixture.Token();
        var enterprise = await app.NewEnterpriseAsync($"기업 {token}");
        var category = await app.NewCategoryAsync();
        await app.NewProductAsync(enterprise, category, $"수제 비누 {token}");
        app.Clock.Stop();
        try
        {
            Assert.Single((await app.SendAsync(new Catalog.Search.Query { Q = token })).Items);

            // The window is open (the clock stands still): only the count of committed feed rows tells the index to read.
            var second = await app.NewProductAsync(enterprise, category, $"천연 비누 {token}");
            // Other words than the first search's: that answer is shared for a few seconds, and the insert announced nothing to it.
            var found = await app.SendAsync(new Catalog.Search.Query { Q = "비누 " + token });

            Assert.Equal(2, found.TotalCount);
            Assert.Contains(found.Items, p => p.Id == second.Id);
        }
        finally
        {
            app.Clock.Restart();
        }
    }

    private MarketplaceDbContext Context(CommandLog log)
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        var options = new DbContextOptionsBuilder<MarketplaceDbContext>();
        DatabaseSetup.Configure(options, DatabaseSetup.ProviderFrom(configuration),
            DatabaseSetup.ConnectionStringFrom(configuration, app.Services.GetRequiredService<IHostEnvironment>()));
        options.AddInterceptors(log);
        return new MarketplaceDbContext(options.Options);
    }
}
