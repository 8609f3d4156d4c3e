using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Data;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Data;

/// <summary>On SQLite, writers queue in the process (<see cref="SqliteWriteGate"/>) instead of being refused by the
/// file and put to sleep; whatever way a write ends, the next one gets in.</summary>
public sealed class SqliteWriteGateTests(SliceFixture app) : IClassFixture<SliceFixture>
{
    private SqliteWriteGate Gate => app.Services.GetRequiredService<SqliteWriteGate>();

    private static Category NewCategory() =>
        new(SliceFixture.Token(), "분류", "Category", ProductKind.Goods, 1);

    private Task<bool> ExistsAsync(string slug) => app.ExecuteDbContextAsync(db => db.Categories.AnyAsync(c => c.Slug == slug));

    /// <summary>Waits for what another task does, without betting on how long it takes.</summary>
    private static async Task Eventually(Func<bool> condition, string what)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition(), what);
    }

    // The app's own background work (mail, the search feed, leases) writes too: the gate is free again once it is
    // done, while a hold that leaked would keep it forever.
    private Task Released() => Eventually(() => !Gate.IsHeld && Gate.Waiting == 0, "the gate is let go");

    [Fact]
    public async Task A_second_writer_queues_behind_an_open_transaction_and_goes_in_when_it_commits()
    {
        await using var first = app.Services.CreateAsyncScope();
        var db = first.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var mine = NewCategory();
        var theirs = NewCategory();
        Task second;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.Categories.Add(mine);
            await db.SaveChangesAsync();
            Assert.True(Gate.IsHeld);

            second = app.InsertAsync(theirs);
            await Eventually(() => Gate.Waiting == 1, "the second writer waits at the gate, not in SQLite's busy loop");
            Assert.False(second.IsCompleted);

            await transaction.CommitAsync();
        }
        await second;

        Assert.True(await ExistsAsync(mine.Slug));
        Assert.True(await ExistsAsync(theirs.Slug));
        await Released();
    }

    [Fact]
    public async Task A_transaction_left_without_commit_or_rollback_lets_the_next_writer_in()
    {
        var abandoned = NewCategory();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
            var transaction = await db.Database.BeginTransactionAsync();
            db.Categories.Add(abandoned);
            await db.SaveChangesAsync();
            await transaction.DisposeAsync(); // as when a handler throws inside "await using"
        }

        var next = NewCategory();
        await app.InsertAsync(next);

        Assert.False(await ExistsAsync(abandoned.Slug));
        Assert.True(await ExistsAsync(next.Slug));
        await Released();
    }

    [Fact]
    public async Task Writes_outside_a_transaction_hold_the_gate_only_while_they_run()
    {
        var category = NewCategory();
        await app.InsertAsync(category); // one INSERT … RETURNING: a reader, not a transaction
        await Released();

        var renamed = await app.ExecuteDbContextAsync(db =>
            db.Categories.Where(c => c.Slug == category.Slug).ExecuteUpdateAsync(u => u.SetProperty(c => c.SortOrder, 7)));
        Assert.Equal(1, renamed);
        await Released();

        // Eight at once, each its own scope: all land, none refused as busy.
        var many = Enumerable.Range(0, 8).Select(_ => NewCategory()).ToList();
        await Task.WhenAll(many.Select(c => app.InsertAsync(c)));
        foreach (var c in many) Assert.True(await ExistsAsync(c.Slug));
        await Released();
    }

    [Fact]
    public async Task Reads_do_not_wait_for_a_writer()
    {
        var category = NewCategory();
        await app.InsertAsync(category);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Categories.Add(NewCategory());
        await db.SaveChangesAsync();

        Assert.True(Gate.IsHeld);
        Assert.True(await ExistsAsync(category.Slug));
        await transaction.RollbackAsync();
        await Released();
    }

    [Theory]
    [InlineData("INSERT INTO \"Orders\" (\"Id\") VALUES (1)", true)]
    [InlineData("  update \"Products\" SET \"Stock\" = 1", true)]
    [InlineData("DELETE FROM \"CartLines\" WHERE \"Id\" = 1 RETURNING 1;", true)]
    [InlineData("PRAGMA optimize=0x10002;", true)]
    [InlineData("SELECT \"p\".\"Id\" FROM \"Products\" AS \"p\"", false)]
    [InlineData("SELECT EXISTS (SELECT 1 FROM \"Payments\")", false)]
    public void Tells_a_write_from_a_read(string sql, bool writes) => Assert.Equal(writes, SqliteWriteGate.IsWrite(sql));

    [Fact]
    public async Task Start_leaves_the_planner_statistics_of_the_tables_that_hold_rows()
    {
        var enterprise = await app.NewEnterpriseAsync("통계 " + SliceFixture.Token());
        var category = await app.NewCategoryAsync();
        for (var i = 0; i < 3; i++) await app.NewProductAsync(enterprise, category, $"상품 {i}");

        await DatabaseSetup.MigrateAsync(app.Services); // as at the next start

        var tables = await app.ExecuteDbContextAsync(db =>
            db.Database.SqlQueryRaw<string>("SELECT DISTINCT \"tbl\" AS \"Value\" FROM \"sqlite_stat1\"").ToListAsync());
        Assert.Contains("Products", tables);
        Assert.Contains("Enterprises", tables);
    }
}
