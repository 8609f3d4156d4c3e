using System.Net;
using System.Text.RegularExpressions;

namespace Marketplace.Web.Tests.Infrastructure;

public static partial class Html
{
    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string AntiforgeryToken(string html) =>
        WebUtility.HtmlDecode(TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value
            : throw new InvalidOperationException("No antiforgery token on the page."));

    /// <summary>Posts a form to <paramref name="formUrl"/> with the token of the page at
    /// <paramref name="antiforgeryFrom"/> (the form's own address unless another page holds the form).
    /// A page a caller may not use (someone else's order) shows no form: the token then comes from the
    /// sign-out page, as any of the client's tokens is good for any form.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formUrl, IDictionary<string, string> fields, string? antiforgeryFrom = null)
    {
        var page = await client.GetStringAsync(antiforgeryFrom ?? formUrl);
        if (!TokenPattern().IsMatch(page)) page = await client.GetStringAsync("/account/logout");
        var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = AntiforgeryToken(page) });
        return await client.PostAsync(formUrl, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
