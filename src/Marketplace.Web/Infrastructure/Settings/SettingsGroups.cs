namespace Marketplace.Web.Infrastructure.Settings;

/// <summary><c>Payments:*</c> beyond Stripe's own group.</summary>
public sealed class PaymentSettings : ISettings
{
    public static string Section => "Payments";

    /// <summary>How long a checkout session, and the stock it reserves, lasts (Stripe's shortest is 30 minutes).</summary>
    public int SessionMinutes { get; set; } = 30;

    /// <summary>The same for the simulated gateway's page, which has no such floor.</summary>
    public int SimulatedSessionMinutes { get; set; } = 10;

    /// <summary>The most units of one product a member may hold unpaid: a checkout above it is refused.</summary>
    public int MaxUnpaidUnitsPerProduct { get; set; } = 30;

    public IEnumerable<string> Problems() =>
        Check.Range($"{Section}:SessionMinutes", SessionMinutes, 30, 24 * 60)
            .Concat(Check.Range($"{Section}:SimulatedSessionMinutes", SimulatedSessionMinutes, 1, 24 * 60))
            .Concat(Check.Range($"{Section}:MaxUnpaidUnitsPerProduct", MaxUnpaidUnitsPerProduct, 1, 99));
}

/// <summary><c>Email:*</c>: an SMTP server when <c>Smtp:Host</c> is set, else .eml files in the outbox folder.</summary>
public sealed class EmailSettings : ISettings
{
    public static string Section => "Email";

    public string OutboxPath { get; set; } = "";
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>The sender's name in every mail; the address is <c>Smtp:From</c>, or no-reply at the shop's host.</summary>
    public string FromName { get; set; } = "사회적경제 장터";

    /// <summary>How often the queue of outgoing mail is looked at.</summary>
    public int DispatchIntervalMs { get; set; } = 1000;

    public sealed class SmtpSettings
    {
        public string Host { get; set; } = "";
        public int Port { get; set; } = 25;
        public bool Ssl { get; set; } = true;
        public string User { get; set; } = "";
        public string Password { get; set; } = "";
        public string From { get; set; } = "";
    }

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public IEnumerable<string> Problems()
    {
        foreach (var problem in Check.Range($"{Section}:Smtp:Port", Smtp.Port, 1, 65_535)) yield return problem;
        foreach (var problem in Check.Range($"{Section}:DispatchIntervalMs", DispatchIntervalMs, 10, 60_000)) yield return problem;
        if (UsesSmtp && !System.Net.Mail.MailAddress.TryCreate(Smtp.From, out _))
            yield return $"{Section}:Smtp:From '{Smtp.From}' is not an e-mail address; mail through {Smtp.Host} needs a sender.";
    }
}

/// <summary><c>Storage:*</c>: where uploaded documents and listing photos are kept (outside the web root).</summary>
public sealed class StorageSettings : ISettings
{
    public static string Section => "Storage";

    public string Documents { get; set; } = "";
    public string Images { get; set; } = "";

    /// <summary><c>Folder</c> (one server) or <c>Database</c> (several servers share what one received).</summary>
    public StorageKind Kind { get; set; } = StorageKind.Folder;

    public IEnumerable<string> Problems()
    {
        if (!Enum.IsDefined(Kind)) yield return $"{Section}:Kind must be Folder or Database.";
        foreach (var (key, path) in new[] { ("Documents", Documents), ("Images", Images) })
            if (path.IndexOfAny(Path.GetInvalidPathChars()) >= 0) yield return $"{Section}:{key} '{path}' is not a usable path.";
    }
}

public enum StorageKind { Folder, Database }

/// <summary><c>Redis:Connection</c>: when set, several servers share caches' invalidation, rate-limit
/// counts and sign-outs through Redis, and keep data-protection keys in the database (docs/decisions/0010).
/// Empty (the default): one server, everything in its own memory.</summary>
public sealed class RedisSettings : ISettings
{
    public static string Section => "Redis";

    public string Connection { get; set; } = "";

    /// <summary>Prefix of this shop's channels and keys, so that several shops (or test runs) may share one Redis.</summary>
    public string InstanceName { get; set; } = "marketplace";

    public bool Enabled => Connection.Length > 0;

    public IEnumerable<string> Problems()
    {
        if (!Enabled) yield break;
        if (!System.Text.RegularExpressions.Regex.IsMatch(InstanceName, "^[a-z0-9-]{1,40}$"))
            yield return $"{Section}:InstanceName '{InstanceName}' must be 1 to 40 lower-case letters, digits or hyphens.";
        string? problem = null;
        try { StackExchange.Redis.ConfigurationOptions.Parse(Connection); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException) { problem = e.Message; }
        if (problem is not null) yield return $"{Section}:Connection is not a Redis configuration string: {problem}";
    }
}

/// <summary><c>OpenTelemetry:Endpoint</c>: where traces and metrics go by OTLP; empty sends nothing.</summary>
public sealed class TelemetrySettings : ISettings
{
    public static string Section => "OpenTelemetry";

    public string Endpoint { get; set; } = "";

    /// <summary><c>grpc</c> (port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    public string Protocol { get; set; } = "grpc";

    public IEnumerable<string> Problems()
    {
        if (Endpoint.Length > 0 && !(Uri.TryCreate(Endpoint, UriKind.Absolute, out var address) && address.Scheme is "http" or "https"))
            yield return $"{Section}:Endpoint '{Endpoint}' is not an http(s) address such as http://collector:4317.";
        if (Protocol is not ("grpc" or "http/protobuf")) yield return $"{Section}:Protocol must be grpc or http/protobuf.";
    }
}

/// <summary><c>RateLimits:*</c>, per client address.</summary>
public sealed class RateLimitSettings : ISettings
{
    public static string Section => "RateLimits";

    public int SignInsPerMinute { get; set; } = 20;
    public int SignUpsPerHour { get; set; } = 20;
    public int WebhooksPerMinute { get; set; } = 600;

    // At least one; no upper bound (the benchmarks set ten million to take the limits out of the way).
    public IEnumerable<string> Problems() =>
        Check.Range($"{Section}:SignInsPerMinute", SignInsPerMinute, 1, int.MaxValue)
            .Concat(Check.Range($"{Section}:SignUpsPerHour", SignUpsPerHour, 1, int.MaxValue))
            .Concat(Check.Range($"{Section}:WebhooksPerMinute", WebhooksPerMinute, 1, int.MaxValue));
}

/// <summary><c>Caching:*</c>.</summary>
public sealed class CachingSettings : ISettings
{
    public static string Section => "Caching";

    /// <summary>False turns the shared catalog reads and pages off (the benchmark measures the uncached path too).</summary>
    public bool SharedReads { get; set; } = true;

    public IEnumerable<string> Problems() => [];
}

/// <summary><c>Settlement:*</c>: the commission until the operator sets one on /admin/settings.</summary>
public sealed class SettlementSettings : ISettings
{
    public static string Section => "Settlement";

    public decimal CommissionRate { get; set; } = 0.03m;

    /// <summary>Days after delivery a purchase confirms itself (구매확정) when the shopper has not confirmed it.</summary>
    public int AutoConfirmDays { get; set; } = 7;

    public IEnumerable<string> Problems() => Features.Admin.Settings.PlatformSettings.ProblemsOfDefault(Features.Admin.Settings.PlatformSettings.CommissionRate, CommissionRate)
        .Concat(Features.Admin.Settings.PlatformSettings.ProblemsOfDefault(Features.Admin.Settings.PlatformSettings.AutoConfirmDays, AutoConfirmDays));
}

/// <summary><c>Procurement:*</c>: the single-quote cap (supply amount) and invoice terms until the operator sets them.</summary>
public sealed class ProcurementSettings : ISettings
{
    public static string Section => "Procurement";

    public long SingleQuoteCapWon { get; set; } = 50_000_000;
    public int InvoiceDueDays { get; set; } = 30;
    /// <summary>What ordering from an enterprise graded SVI 미흡 or below does, until the operator sets it.</summary>
    public Domain.Enterprises.LowSviRule LowSviRule { get; set; } = Domain.Enterprises.LowSviRule.WarnWithReason;

    public IEnumerable<string> Problems() =>
        Features.Admin.Settings.PlatformSettings.ProblemsOfDefault(Features.Admin.Settings.PlatformSettings.SingleQuoteCapWon, SingleQuoteCapWon)
            .Concat(Features.Admin.Settings.PlatformSettings.ProblemsOfDefault(Features.Admin.Settings.PlatformSettings.InvoiceDueDays, InvoiceDueDays));
}

/// <summary><c>Site:*</c>: the shop's public address, used for every link in mail and for the payment
/// gateway's return pages (never the request's Host header, which a caller chooses), and what the shop
/// trusts of the network in front of it.</summary>
public sealed class SiteSettings : ISettings
{
    public static string Section => "Site";

    /// <summary>e.g. <c>https://market.example.kr</c>, no trailing slash. Required outside Development.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (addresses, comma-separated).
    /// Empty: none, so no client can choose the address rate limits count it by.</summary>
    public string TrustedProxies { get; set; } = "";

    /// <summary>HSTS for every subdomain too; on unless a subdomain must stay on plain HTTP.</summary>
    public bool HstsIncludeSubDomains { get; set; } = true;

    public int HstsMaxAgeDays { get; set; } = 365;

    public Uri PublicBase => new(PublicBaseUrl.TrimEnd('/'));

    /// <summary>A link to a path of the shop, for mail and gateways.</summary>
    public string LinkTo(string path) => PublicBaseUrl.TrimEnd('/') + path;

    public IReadOnlyList<System.Net.IPAddress> Proxies =>
        TrustedProxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(System.Net.IPAddress.Parse).ToList();

    public IEnumerable<string> Problems()
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.PathAndQuery != "/")
            yield return $"{Section}:PublicBaseUrl '{PublicBaseUrl}' must be the shop's address, such as https://market.example.kr";
        foreach (var proxy in TrustedProxies.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (!System.Net.IPAddress.TryParse(proxy, out _)) yield return $"{Section}:TrustedProxies '{proxy}' is not an IP address";
        foreach (var problem in Check.Range($"{Section}:HstsMaxAgeDays", HstsMaxAgeDays, 1, 3650)) yield return problem;
    }
}

/// <summary><c>Operator:*</c>: who runs the shop, as the footer of every page says it (전자상거래법 §10, §13 ①).
/// These are the starting values; the operator changes them on <c>/admin/settings/operator</c>, and the
/// latest change wins (<see cref="Features.Admin.Settings.OperatorDetails"/>).</summary>
public sealed class OperatorSettings : ISettings
{
    public static string Section => "Operator";

    public string TradeName { get; set; } = "";
    public string Representative { get; set; } = "";
    public string Address { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Email { get; set; } = "";
    public string RegistrationNumber { get; set; } = "";
    public string MailOrderNumber { get; set; } = "";
    public string HostingProvider { get; set; } = "";
    public string PrivacyOfficer { get; set; } = "";
    public string PrivacyOfficerContact { get; set; } = "";

    public IEnumerable<string> Problems()
    {
        if (RegistrationNumber.Length > 0 && !Domain.Common.BusinessRegistrationNumber.TryParse(RegistrationNumber, out _))
            yield return $"{Section}:RegistrationNumber '{RegistrationNumber}' is not a valid 사업자등록번호.";
        foreach (var (key, value) in Fields(this))
            if (value.Length > 200) yield return $"{Section}:{key} is longer than 200 characters.";
    }

    public static IEnumerable<(string Key, string Value)> Fields(OperatorSettings o) =>
    [
        (nameof(TradeName), o.TradeName), (nameof(Representative), o.Representative), (nameof(Address), o.Address),
        (nameof(Phone), o.Phone), (nameof(Email), o.Email), (nameof(RegistrationNumber), o.RegistrationNumber),
        (nameof(MailOrderNumber), o.MailOrderNumber), (nameof(HostingProvider), o.HostingProvider),
        (nameof(PrivacyOfficer), o.PrivacyOfficer), (nameof(PrivacyOfficerContact), o.PrivacyOfficerContact),
    ];
}

/// <summary><c>Search:*</c>: where this server keeps its search index (its own; the database feeds every server's).</summary>
public sealed class SearchSettings : ISettings
{
    public static string Section => "Search";

    /// <summary>A folder; default App_Data/search-index under the content root.</summary>
    public string IndexPath { get; set; } = "";

    public IEnumerable<string> Problems()
    {
        if (IndexPath.IndexOfAny(Path.GetInvalidPathChars()) >= 0) yield return $"{Section}:IndexPath '{IndexPath}' is not a usable path.";
    }
}

/// <summary>The fonts the procurement PDFs are drawn in: TrueType files with Hangul (Debian's
/// fonts-nanum). A collection (.ttc, such as Noto CJK's) does not load in PDFsharp.</summary>
public sealed class DocumentSettings : ISettings
{
    public static string Section => "Documents";

    public string FontPath { get; set; } = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf";
    public string BoldFontPath { get; set; } = "/usr/share/fonts/truetype/nanum/NanumGothicBold.ttf";

    public IEnumerable<string> Problems()
    {
        foreach (var (key, path) in new[] { ("FontPath", FontPath), ("BoldFontPath", BoldFontPath) })
            if (path.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase)) yield return $"{Section}:{key} '{path}' is a font collection; PDFsharp needs a single .ttf.";
    }
}
