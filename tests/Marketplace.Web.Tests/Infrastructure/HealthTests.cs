using System.Net;
using Microsoft.Data.Sqlite;

namespace Marketplace.Web.Tests.Infrastructure;

public class HealthTests
{
    [Fact]
    public async Task Health_is_200_while_the_database_answers_and_503_when_it_does_not()
    {
        using var app = new AppFactory();
        var client = app.CreateClient();
        var healthy = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        var report = System.Text.Json.JsonDocument.Parse(await healthy.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("ok", "ok", "not configured"), (report.GetProperty("status").GetString(), report.GetProperty("database").GetString(), report.GetProperty("redis").GetString()));
        Assert.Matches("^(empty|[0-9]+ waiting, oldest [0-9]+ s)$", report.GetProperty("mail").GetString());

        // Take the database away: a folder where the file was cannot be opened as a database.
        // The mail dispatcher and the file sweep keep opening the database, and an open creates the file
        // again, so retry until the folder has taken its place.
        for (var attempt = 0; !Directory.Exists(app.DatabasePath); attempt++)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(app.DatabasePath + suffix);
            try { Directory.CreateDirectory(app.DatabasePath); }
            catch (IOException) when (attempt < 50) { await Task.Delay(20); }
        }

        // A background service may hand a connection opened on the deleted file back to the pool meanwhile (Linux keeps
        // a deleted file readable for whoever has it open): clear the pool again until no such connection is left.
        var status = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 50 && status != HttpStatusCode.ServiceUnavailable; attempt++)
        {
            SqliteConnection.ClearAllPools();
            status = (await client.GetAsync("/healthz")).StatusCode;
            if (status != HttpStatusCode.ServiceUnavailable) await Task.Delay(20);
        }
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
    }
}
