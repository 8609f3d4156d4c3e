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
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

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

        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
