using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Data;

/// <summary>On SQLite a second writer waits for the first in the process's queue, not by finding the database busy:
/// its turn comes when the first commits, rolls back or is dropped without either, and a wait beyond the
/// connection's timeout is the same "busy" the app answers with 503.</summary>
public class OneWriterAtATimeTests
{
    private sealed class ShortTimeoutApp : AppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Marketplace"] = $"Data Source={DatabasePath};Default Timeout=1",
        };

        protected override bool WithDemoData => false;
    }

    // As the app's steps do: the transaction opens the connection, and its end closes it.
    private static Task<(AsyncServiceScope Scope, MarketplaceDbContext Db)> ContextAsync(AppFactory app)
    {
        var scope = app.Services.CreateAsyncScope();
        return Task.FromResult((scope, scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>()));
    }

    [Theory]
    [InlineData("commit")]
    [InlineData("rollback")]
    [InlineData("dropped")]
    public async Task The_second_writer_waits_for_the_first_to_end_however_it_ends(string end)
    {
        using var app = new AppFactory();
        var (firstScope, first) = await ContextAsync(app);
        var (secondScope, second) = await ContextAsync(app);
        await using (secondScope)
        {
            var firstTransaction = await first.Database.BeginTransactionAsync();
            await first.Database.ExecuteSqlRawAsync("UPDATE \"Categories\" SET \"Name\" = \"Name\"");

            var waiting = second.Database.BeginTransactionAsync();
            await Task.Delay(300);
            Assert.False(waiting.IsCompleted, "the second writer started while the first was open");

            switch (end)
            {
                case "commit": await firstTransaction.CommitAsync(); await firstTransaction.DisposeAsync(); break;
                case "rollback": await firstTransaction.RollbackAsync(); await firstTransaction.DisposeAsync(); break;
                default: await firstTransaction.DisposeAsync(); break; // neither: disposing it closes its connection
            }
            await using var secondTransaction = await waiting.WaitAsync(TimeSpan.FromSeconds(5));
            Assert.Equal(0, await second.Database.ExecuteSqlRawAsync("UPDATE \"Categories\" SET \"Name\" = \"Name\" WHERE 1 = 0"));
            await secondTransaction.CommitAsync();
        }
        await firstScope.DisposeAsync();
    }

    [Fact]
    public async Task A_writer_that_waits_beyond_the_timeout_is_told_the_database_is_busy()
    {
        using var app = new ShortTimeoutApp();
        var (firstScope, first) = await ContextAsync(app);
        var (secondScope, second) = await ContextAsync(app);
        await using (firstScope)
        await using (secondScope)
        {
            await using var held = await first.Database.BeginTransactionAsync();
            var started = DateTime.UtcNow;

            var refused = await Assert.ThrowsAsync<SqliteException>(() => second.Database.BeginTransactionAsync());

            Assert.Equal(5, refused.SqliteErrorCode);
            Assert.True(DatabaseBusy.Is(refused));
            Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(5));
        }
    }
}
