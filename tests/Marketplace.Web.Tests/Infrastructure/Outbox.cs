using System.Text.RegularExpressions;
using MimeKit;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The mail the app delivered to its outbox folder, read with a MIME parser as a mail program
/// would. Delivery runs from a queue a moment after the step, so the readers wait for it.</summary>
public static class Outbox
{
    public static IReadOnlyList<MimeMessage> MessagesTo(this AppFactory app, string address, int atLeast = 1)
    {
        for (var waited = 0; ; waited += 50)
        {
            var found = !Directory.Exists(app.OutboxFolder) ? [] : Directory.GetFiles(app.OutboxFolder, "*.eml").Order()
                .Select(path => MimeMessage.Load(path)).Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();
            if (found.Count >= atLeast || waited >= 10_000) return found;
            Thread.Sleep(50);
        }
    }

    /// <summary>The text of every mail to the address (waiting for at least one).</summary>
    public static IReadOnlyList<string> MailTo(this AppFactory app, string address, int atLeast = 1) =>
        app.MessagesTo(address, atLeast).Select(m => $"Subject: {m.Subject}\n{m.TextBody}").ToList();

    /// <summary>The first mail to the address whose subject or text contains <paramref name="text"/>, waiting for it to be delivered.</summary>
    public static string MailContaining(this AppFactory app, string address, string text)
    {
        for (var waited = 0; waited <= 10_000; waited += 50)
        {
            if (app.MailTo(address, atLeast: 0).FirstOrDefault(m => m.Contains(text)) is { } found) return found;
            Thread.Sleep(50);
        }
        throw new Xunit.Sdk.XunitException($"No mail to {address} contains \"{text}\"; it got: {string.Join(" | ", app.MailTo(address, atLeast: 0).Select(m => m.Split('\n')[0]))}");
    }

    /// <summary>The path and query of the last link to <paramref name="path"/> in the newest mail to the address.</summary>
    public static string LinkIn(this AppFactory app, string address, string path)
    {
        var pattern = new Regex($@"https?://[^\s/]+{Regex.Escape(path)}[^\s]*");
        for (var waited = 0; waited <= 10_000; waited += 50)
        {
            if (app.MailTo(address, atLeast: 0).Select(m => pattern.Matches(m).LastOrDefault()?.Value).LastOrDefault(l => l is not null) is { } link)
                return new Uri(link).PathAndQuery;
            Thread.Sleep(50);
        }
        throw new InvalidOperationException($"No link to {path} in the mail to {address}.");
    }

    /// <summary>Signs up through the form and opens the link of the sign-up mail: answers the client, signed in.</summary>
    public static async Task<HttpResponseMessage> SignUpAndConfirmAsync(this AppFactory app, HttpClient client, string email, string name,
        string password = "Test-12345!", string? returnUrl = null)
    {
        var registered = await Html.PostFormAsync(client, "/account/register" + (returnUrl is null ? "" : $"?returnUrl={Uri.EscapeDataString(returnUrl)}"),
            new Dictionary<string, string>
            {
                ["Email"] = email, ["DisplayName"] = name, ["Password"] = password, ["ConfirmPassword"] = password, ["AgreesToTerms"] = "true", ["AgreesToPrivacy"] = "true", ["IsFourteenOrOlder"] = "true", ["ReturnUrl"] = returnUrl ?? "",
            });
        Assert.Equal("/account/check-mail", registered.Headers.Location?.OriginalString);
        return await client.GetAsync(app.LinkIn(email, "/account/confirm"));
    }
}
