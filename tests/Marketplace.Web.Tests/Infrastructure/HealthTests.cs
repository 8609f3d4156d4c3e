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
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(app.DatabasePath + suffix);
        Directory.CreateDirectory(app.DatabasePath);

        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
