using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The built app started as an operator would, from a directory that is not its own: it must
/// still read its appsettings.json (quiet logs), serve its static files and write nothing where it was started.</summary>
public class StartFromAnywhereTests
{
    [Theory]
    [InlineData("Production")]
    // Development also reads the static-web-assets manifest of the build: it must not point at a folder that is not there.
    [InlineData("Development")]
    public async Task The_built_app_started_from_another_directory_reads_its_settings_and_serves_its_files(string environment)
    {
        var dll = BuiltApp();
        var startedIn = Directory.CreateTempSubdirectory("marketplace-cwd-").FullName;
        var data = Directory.CreateTempSubdirectory("marketplace-data-").FullName;
        var port = FreePort();
        var output = new StringBuilder();
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = startedIn,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = environment,
                ["DemoData__Enabled"] = "false",
                ["Site__PublicBaseUrl"] = $"http://127.0.0.1:{port}",
                ["ConnectionStrings__Marketplace"] = $"Data Source={Path.Combine(data, "marketplace.db")}",
                ["DataProtection__KeysPath"] = Path.Combine(data, "keys"),
                ["Email__OutboxPath"] = Path.Combine(data, "outbox"),
                ["Storage__Documents"] = Path.Combine(data, "documents"),
                ["Storage__Images"] = Path.Combine(data, "images"),
            },
        };
        using var app = Process.Start(start)!;
        app.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        app.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitHealthyAsync(http, app, output);

            var home = await http.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Contains("사회적경제 장터", await home.Content.ReadAsStringAsync());
            var css = await http.GetAsync("/css/site.css");
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }

        string log;
        lock (output) log = output.ToString();
        // appsettings.json keeps ASP.NET Core and EF at Warning: without it every request and statement is logged.
        Assert.DoesNotContain("Request starting", log);
        Assert.DoesNotContain("Executed DbCommand", log);
        Assert.Contains("Now listening on", log);
        Assert.Empty(Directory.EnumerateFileSystemEntries(startedIn));
        Directory.Delete(startedIn, recursive: true);
        Directory.Delete(data, recursive: true);
    }

    // src/Marketplace.Web's own build output, of the configuration these tests were built in.
    private static string BuiltApp()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (testBin.Name, testBin.Parent!.Name);
        var root = testBin;
        while (!File.Exists(Path.Combine(root.FullName, "Marketplace.sln"))) root = root.Parent!;
        var dll = Path.Combine(root.FullName, "src", "Marketplace.Web", "bin", configuration, framework, "Marketplace.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is not built");
        return dll;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitHealthyAsync(HttpClient http, Process app, StringBuilder output)
    {
        for (var i = 0; i < 120; i++)
        {
            if (app.HasExited) break;
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        lock (output) Assert.Fail("The app did not become healthy:\n" + output);
    }
}
