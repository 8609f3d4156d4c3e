using System.Diagnostics;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure.Email;

/// <summary>Mail leaves through a queue in the database: standard messages any mail program reads, and
/// nothing lost when the mail server is down or the shop restarts.</summary>
public class MailQueueTests
{
    [Fact]
    public async Task The_outbox_holds_standard_messages_that_pythons_email_parser_reads()
    {
        using var app = new AppFactory();
        var email = $"reader-{Guid.NewGuid():N}@test.kr";
        await app.SendAsync(new Marketplace.Web.Features.Account.Register.Command
        {
            Email = email, DisplayName = "김하나", Password = "Test-12345!", ConfirmPassword = "Test-12345!", AgreesToTerms = true, AgreesToPrivacy = true, IsFourteenOrOlder = true,
        });
        Assert.Single(app.MessagesTo(email));
        var file = Directory.GetFiles(app.OutboxFolder, "*.eml").Single(f => File.ReadAllText(f).Contains(email));

        var parsed = Python("""
            import email, sys
            from email import policy
            m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
            print(m['From']); print(m['To']); print(m['Date']); print(m['Message-ID']); print(m['MIME-Version'])
            print(m['Subject'])
            print(m.get_body(('plain',)).get_content())
            print(m.get_body(('html',)).get_content())
            """, file);

        Assert.Contains("사회적경제 장터 <no-reply@localhost>", parsed[0]);
        Assert.Equal(email, parsed[1]);
        Assert.Matches(@"^\w{3}, \d{1,2} \w{3} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$", parsed[2]);
        Assert.Matches(@"^<[0-9a-f]{32}@localhost>$", parsed[3]);
        Assert.Equal("1.0", parsed[4]);
        Assert.Equal("사회적경제 장터 가입을 마쳐 주세요", parsed[5]); // the language the member signed up in
        var body = string.Join("\n", parsed.Skip(6));
        Assert.Contains("김하나님, 가입해 주셔서 고맙습니다", body);
        Assert.Contains("<a href=\"http://localhost/account/confirm?member=", body);
        Assert.False(File.ReadAllBytes(file).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");

        // Signed up from the English pages: the mail is in English alone.
        var english = $"reader-en-{Guid.NewGuid():N}@test.kr";
        await app.SendAsync(new Marketplace.Web.Features.Account.Register.Command
        {
            Email = english, DisplayName = "Hana Kim", Password = "Test-12345!", ConfirmPassword = "Test-12345!", AgreesToTerms = true, AgreesToPrivacy = true, IsFourteenOrOlder = true,
        }, culture: "en");
        var message = Assert.Single(app.MessagesTo(english));
        Assert.Equal("Finish signing up to the social economy marketplace", message.Subject);
        Assert.DoesNotContain("가입", message.TextBody);
    }

    [Fact]
    public async Task A_dead_mail_server_leaves_the_mail_waiting_and_a_restart_delivers_it()
    {
        var folder = Directory.CreateTempSubdirectory("marketplace-mailqueue-").FullName;
        var database = Path.Combine(folder, "shop.db");
        var email = $"patient-{Guid.NewGuid():N}@test.kr";
        using (var down = new SharedDatabaseApp(database, smtpDown: true))
        {
            await down.SendAsync(new Marketplace.Web.Features.Account.Register.Command
            {
                Email = email, DisplayName = "김하나", Password = "Test-12345!", ConfirmPassword = "Test-12345!", AgreesToTerms = true, AgreesToPrivacy = true, IsFourteenOrOlder = true,
            });
            var waiting = await WaitForAsync(down, db => db.OutgoingMails.AsNoTracking().SingleAsync(m => m.To == email), m => m.Attempts >= 1);
            Assert.Null(waiting.SentAtUtc);
            Assert.False(string.IsNullOrEmpty(waiting.LastError));
        }

        using var up = new SharedDatabaseApp(database, smtpDown: false);
        _ = up.Services; // the restart: its dispatcher finds the waiting mail
        up.Clock.Advance(TimeSpan.FromMinutes(10)); // past the pause after the failure
        var sent = await WaitForAsync(up, db => db.OutgoingMails.AsNoTracking().SingleAsync(m => m.To == email), m => m.SentAtUtc is not null);
        Assert.NotNull(sent.SentAtUtc);
        Assert.Contains(up.MailTo(email), m => m.Contains("/account/confirm?member="));
    }

    private static async Task<T> WaitForAsync<T>(AppFactory app, Func<MarketplaceDbContext, Task<T>> read, Func<T, bool> done)
    {
        for (var waited = 0; ; waited += 100)
        {
            var value = await app.WithScopeAsync(sp => read(sp.GetRequiredService<MarketplaceDbContext>()));
            if (done(value) || waited > 15_000) return value;
            await Task.Delay(100);
        }
    }

    /// <summary>Two runs of the shop on one SQLite file: the first with an SMTP server nobody answers at.</summary>
    private sealed class SharedDatabaseApp(string database, bool smtpDown) : AppFactory
    {
        protected override IDictionary<string, string?> Settings
        {
            get
            {
                var settings = new Dictionary<string, string?>
                {
                    ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Marketplace"] = $"Data Source={database}",
                };
                if (smtpDown)
                {
                    settings["Email:Smtp:Host"] = "127.0.0.1";
                    settings["Email:Smtp:Port"] = "9"; // discard: nothing listens
                    settings["Email:Smtp:Ssl"] = "false";
                    settings["Email:Smtp:From"] = "shop@test.kr";
                }
                return settings;
            }
        }
    }

    private static string[] Python(string script, params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return output.Replace("\r\n", "\n").Split('\n');
    }
}
