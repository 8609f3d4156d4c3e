using System.Net.Mail;
using System.Text;
using Marketplace.Web.Infrastructure.Settings;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Email;

public sealed record EmailMessage(string To, string Subject, string Body);

public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}

/// <summary>Without an SMTP server (the demo, the tests) mail is written as .eml files to a local
/// outbox folder (<c>Email:OutboxPath</c>, default App_Data/outbox), where it can be read.</summary>
public sealed class OutboxEmailSender(IOptions<EmailSettings> settings, IWebHostEnvironment environment) : IEmailSender
{
    public string Folder => settings.Value.OutboxPath is { Length: > 0 } path
        ? path
        : Path.Combine(environment.ContentRootPath, "App_Data", "outbox");

    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml";
        var subject = "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(message.Subject)) + "?=";
        var eml = $"To: {message.To}\r\nSubject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{message.Body}";
        await File.WriteAllTextAsync(Path.Combine(Folder, name), eml, Encoding.UTF8, ct);
    }
}

/// <summary>Mail through an SMTP server, when <c>Email:Smtp:Host</c> is configured.</summary>
public sealed class SmtpEmailSender(IOptions<EmailSettings> settings) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var smtp = settings.Value.Smtp;
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.Ssl };
        if (smtp.User is { Length: > 0 } user) client.Credentials = new System.Net.NetworkCredential(user, smtp.Password);
        using var mail = new MailMessage(smtp.From, message.To, message.Subject, message.Body)
        {
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        await client.SendMailAsync(mail, ct);
    }
}

public static class BilingualEmail
{
    /// <summary>A mail in Korean then English: subject "ko / en", body both texts, each formatted with the same arguments.</summary>
    public static Task SendInBothLanguagesAsync(this IEmailSender email, Localization.TextCatalog catalog, string to,
        string subjectKey, string bodyKey, object[] args, CancellationToken ct)
    {
        var (ko, en) = (catalog.For("ko"), catalog.For("en"));
        return email.SendAsync(new EmailMessage(to,
            $"{string.Format(ko[subjectKey], args)} / {string.Format(en[subjectKey], args)}",
            $"{string.Format(ko[bodyKey], args)}\n\n{string.Format(en[bodyKey], args)}\n"), ct);
    }
}
