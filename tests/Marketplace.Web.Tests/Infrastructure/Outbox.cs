using System.Text.RegularExpressions;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The mail the app wrote to its outbox folder, read as a member would read it.</summary>
public static class Outbox
{
    public static IReadOnlyList<string> MailTo(this AppFactory app, string address) =>
        !Directory.Exists(app.OutboxFolder) ? [] : Directory.GetFiles(app.OutboxFolder).Order().Select(File.ReadAllText)
            .Where(m => m.Contains($"To: {address}\r\n")).ToList();

    /// <summary>The path and query of the last link to <paramref name="path"/> in the newest mail to the address.</summary>
    public static string LinkIn(this AppFactory app, string address, string path)
    {
        var mail = app.MailTo(address).LastOrDefault() ?? throw new InvalidOperationException($"No mail to {address}.");
        var link = Regex.Matches(mail, $@"https?://[^\s/]+{Regex.Escape(path)}[^\s]*").LastOrDefault()?.Value
            ?? throw new InvalidOperationException($"No link to {path} in the mail to {address}.");
        return new Uri(link).PathAndQuery;
    }

    /// <summary>Signs up through the form and opens the link of the sign-up mail: answers the client, signed in.</summary>
    public static async Task<HttpResponseMessage> SignUpAndConfirmAsync(this AppFactory app, HttpClient client, string email, string name,
        string password = "Test-12345!", string? returnUrl = null)
    {
        var registered = await Html.PostFormAsync(client, "/account/register" + (returnUrl is null ? "" : $"?returnUrl={Uri.EscapeDataString(returnUrl)}"),
            new Dictionary<string, string>
            {
                ["Email"] = email, ["DisplayName"] = name, ["Password"] = password, ["ConfirmPassword"] = password, ["ReturnUrl"] = returnUrl ?? "",
            });
        Assert.Equal("/account/check-mail", registered.Headers.Location?.OriginalString);
        return await client.GetAsync(app.LinkIn(email, "/account/confirm"));
    }
}
