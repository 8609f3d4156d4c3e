namespace Marketplace.Domain.Legal;

public enum PolicyKind { Terms, Privacy }

/// <summary>One published version of the terms of use (이용약관) or the privacy policy (개인정보처리방침).
/// Versions are never edited: a change is a new version, and every consent names the version it agreed to.</summary>
public class PolicyDocument
{
    private PolicyDocument() { }

    public PolicyDocument(PolicyKind kind, int version, string body, string bodyEn, bool asksConsentAgain, DateTime publishedAtUtc, string publishedById)
    {
        if (version < 1) throw new ArgumentOutOfRangeException(nameof(version));
        Kind = kind;
        Version = version;
        Body = body.Trim();
        BodyEn = bodyEn.Trim();
        AsksConsentAgain = asksConsentAgain;
        PublishedAtUtc = publishedAtUtc;
        PublishedById = publishedById;
    }

    public int Id { get; private set; }
    public PolicyKind Kind { get; private set; }
    public int Version { get; private set; }
    public string Body { get; private set; } = "";
    public string BodyEn { get; private set; } = "";
    /// <summary>A change members must agree to again at their next sign-in (a new purpose or item), not a correction.</summary>
    public bool AsksConsentAgain { get; private set; }
    public DateTime PublishedAtUtc { get; private set; }
    public string PublishedById { get; private set; } = "";
}
