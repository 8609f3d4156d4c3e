using System.Net;
using System.Text;
using Marketplace.Domain.Data;
using Marketplace.Domain.Legal;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Settings;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Legal;

/// <summary>The terms of use and the privacy policy. Until the operator publishes a version of its own, version 1
/// is the text shipped with the shop (Texts/*.txt). Texts may name the operator's details as <c>{TradeName}</c>,
/// <c>{PrivacyOfficer}</c>… so the footer's settings and the policy never disagree.</summary>
public static class Policies
{
    /// <param name="PublishedAtUtc">Null for the text shipped with the shop.</param>
    /// <param name="IsStored">False while the shipped text has not been written to the table (nothing published yet).</param>
    public sealed record Version(PolicyKind Kind, int Number, string Body, string BodyEn, DateTime? PublishedAtUtc, bool AsksConsentAgain, bool IsStored = true);

    /// <summary>Stands for "shipped with the shop" in the table, where a time is required.</summary>
    public static readonly DateTime ShippedAtUtc = DateTime.UnixEpoch;

    public static ConsentItem ItemOf(PolicyKind kind) => kind == PolicyKind.Terms ? ConsentItem.Terms : ConsentItem.Privacy;

    public static string PathOf(PolicyKind kind) => kind == PolicyKind.Terms ? "/terms" : "/privacy";

    public static async Task<Version> CurrentAsync(MarketplaceDbContext db, PolicyKind kind, CancellationToken ct) =>
        await db.PolicyDocuments.AsNoTracking().Where(p => p.Kind == kind).OrderByDescending(p => p.Version)
            .Select(p => new Version(p.Kind, p.Version, p.Body, p.BodyEn, p.PublishedAtUtc == ShippedAtUtc ? null : p.PublishedAtUtc, p.AsksConsentAgain, true)).FirstOrDefaultAsync(ct)
        ?? Shipped(kind);

    public static async Task<Version?> VersionAsync(MarketplaceDbContext db, PolicyKind kind, int number, CancellationToken ct) =>
        number == 1 && !await db.PolicyDocuments.AnyAsync(p => p.Kind == kind && p.Version == 1, ct)
            ? Shipped(kind)
            : await db.PolicyDocuments.AsNoTracking().Where(p => p.Kind == kind && p.Version == number)
                .Select(p => new Version(p.Kind, p.Version, p.Body, p.BodyEn, p.PublishedAtUtc == ShippedAtUtc ? null : p.PublishedAtUtc, p.AsksConsentAgain, true)).FirstOrDefaultAsync(ct);

    /// <summary>The newest version members must have agreed to: the latest that asked for consent again, else 1.</summary>
    public static async Task<int> RequiredVersionAsync(MarketplaceDbContext db, PolicyKind kind, CancellationToken ct) =>
        await db.PolicyDocuments.Where(p => p.Kind == kind && p.AsksConsentAgain).MaxAsync(p => (int?)p.Version, ct) ?? 1;

    public static Version Shipped(PolicyKind kind) => new(kind, 1, Embedded($"{Name(kind)}-ko.txt"), Embedded($"{Name(kind)}-en.txt"), null, false, IsStored: false);

    private static string Name(PolicyKind kind) => kind == PolicyKind.Terms ? "terms" : "privacy";

    private static string Embedded(string file)
    {
        using var stream = typeof(Policies).Assembly.GetManifestResourceStream($"legal/{file}")
            ?? throw new InvalidOperationException($"legal/{file} is not embedded in the app.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Plain text to HTML: "## " starts a heading, "- " a list item, any other line a paragraph;
    /// everything is encoded, so a published text cannot carry markup.</summary>
    public static IHtmlContent Render(string text, OperatorSettings business)
    {
        var filled = OperatorSettings.Fields(business).Aggregate(text, (t, f) => t.Replace("{" + f.Key + "}", f.Value));
        var html = new StringBuilder();
        var inList = false;
        foreach (var raw in filled.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (!inList) html.Append("<ul>");
                inList = true;
                html.Append("<li>").Append(WebUtility.HtmlEncode(line[2..])).Append("</li>");
                continue;
            }
            if (inList) html.Append("</ul>");
            inList = false;
            if (line.Length == 0) continue;
            html.Append(line.StartsWith("## ", StringComparison.Ordinal)
                ? $"<h2>{WebUtility.HtmlEncode(line[3..])}</h2>"
                : $"<p>{WebUtility.HtmlEncode(line)}</p>");
        }
        if (inList) html.Append("</ul>");
        return new HtmlString(html.ToString());
    }
}
