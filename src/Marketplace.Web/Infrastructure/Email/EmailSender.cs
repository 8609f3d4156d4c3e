using System.Net;
using Marketplace.Domain.Data;
using Marketplace.Domain.Messaging;
using Marketplace.Web.Infrastructure.Settings;
using MimeKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Email;

public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>What use cases call: the mail joins the queue in the caller's unit of work.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}

/// <summary>Puts the mail in <see cref="OutgoingMail"/>, inside the caller's transaction when there is one:
/// sending never blocks or fails the step, and a mail of a step that rolled back never leaves.</summary>
public sealed class QueuedEmailSender(MarketplaceDbContext db, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        db.OutgoingMails.Add(new OutgoingMail(message.To, message.Subject, message.Body, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Delivers one finished message: to an SMTP server, or to the outbox folder.</summary>
public interface IMailTransport
{
    Task DeliverAsync(MimeMessage message, CancellationToken ct);
}

/// <summary>A standard message: From, To, Date, Message-ID, MIME-Version, a UTF-8 subject, and the text
/// with an HTML alternative whose links can be clicked.</summary>
public static class MailMessages
{
    public static MimeMessage Build(OutgoingMail mail, EmailSettings email, SiteSettings site)
    {
        var host = site.PublicBase.Host;
        var from = email.UsesSmtp && MailboxAddress.TryParse(email.Smtp.From, out var configured) ? configured : new MailboxAddress("", $"no-reply@{host}");
        from.Name = email.FromName;
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = new DateTimeOffset(DateTime.SpecifyKind(mail.CreatedAtUtc, DateTimeKind.Utc)),
            MessageId = $"{mail.Id:N}@{host}",
            Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = Html(mail.TextBody) }.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(mail.To));
        return message;
    }

    private static string Html(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n').Select(line =>
        {
            var encoded = WebUtility.HtmlEncode(line);
            return System.Text.RegularExpressions.Regex.Replace(encoded, @"https?://[^\s<]+", m => $"<a href=\"{m.Value}\">{m.Value}</a>");
        });
        return $"<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.6\"><p>{string.Join("<br>\n", lines)}</p></body></html>";
    }
}

/// <summary>Without an SMTP server (the demo, the tests) mail is written as standard .eml files to a
/// local outbox folder (<c>Email:OutboxPath</c>, default App_Data/outbox), where a mail program can open it.</summary>
public sealed class OutboxMailTransport(IOptions<EmailSettings> settings, IWebHostEnvironment environment) : IMailTransport
{
    public string Folder => settings.Value.OutboxPath is { Length: > 0 } path
        ? path
        : Path.Combine(environment.ContentRootPath, "App_Data", "outbox");

    public async Task DeliverAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
        var partial = Path.Combine(Folder, name + ".part");
        await message.WriteToAsync(partial, ct);
        File.Move(partial, Path.Combine(Folder, name), overwrite: true); // readers never see half a file
    }
}

/// <summary>Mail through an SMTP server with MailKit, when <c>Email:Smtp:Host</c> is configured.</summary>
public sealed class SmtpMailTransport(IOptions<EmailSettings> settings) : IMailTransport
{
    public async Task DeliverAsync(MimeMessage message, CancellationToken ct)
    {
        var smtp = settings.Value.Smtp;
        using var client = new MailKit.Net.Smtp.SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Ssl ? MailKit.Security.SecureSocketOptions.Auto : MailKit.Security.SecureSocketOptions.None, ct);
        if (smtp.User is { Length: > 0 } user) await client.AuthenticateAsync(user, smtp.Password, ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

/// <summary>Delivers what is due in the queue, oldest first. A failure is kept with its reason and tried
/// again later (<see cref="OutgoingMail.Failed"/>); a restart picks up where the last run stopped. A mail
/// is claimed before it is sent, so two servers do not send it twice.</summary>
public sealed class MailDispatcher(IServiceScopeFactory scopes, IMailTransport transport, IOptions<EmailSettings> email, IOptions<SiteSettings> site,
    TimeProvider clock, ILogger<MailDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(email.Value.DispatchIntervalMs));
        do
        {
            try
            {
                await DeliverDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The mail queue could not be read; it is tried again shortly");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutgoingMails.Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.NextAttemptAtUtc).Take(50).Select(m => new { m.Id, m.NextAttemptAtUtc }).ToListAsync(ct);
        var delivered = 0;
        foreach (var candidate in due)
        {
            // Claimed for five minutes: another server skips it, and a crash mid-send retries it then.
            var claimed = await db.OutgoingMails.Where(m => m.Id == candidate.Id && m.SentAtUtc == null && m.NextAttemptAtUtc == candidate.NextAttemptAtUtc)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAtUtc, now.AddMinutes(5)), ct);
            if (claimed == 0) continue;
            var mail = await db.OutgoingMails.FirstAsync(m => m.Id == candidate.Id, ct);
            try
            {
                await transport.DeliverAsync(MailMessages.Build(mail, email.Value, site.Value), ct);
                mail.Sent(clock.GetUtcNow().UtcDateTime);
                delivered++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                mail.Failed(e.Message, clock.GetUtcNow().UtcDateTime);
                logger.LogWarning("Mail {MailId} to {To} not delivered (attempt {Attempt}): {Error}", mail.Id, mail.To, mail.Attempts, e.Message);
            }
            await db.SaveChangesAsync(ct);
        }
        var waiting = await MailQueue.WaitingAsync(db, ct);
        Telemetry.MailQueue(waiting.Count, waiting.OldestAtUtc is { } oldest ? clock.GetUtcNow().UtcDateTime - oldest : TimeSpan.Zero);
        return delivered;
    }
}

public static class MailQueue
{
    /// <summary>How many mails are not yet delivered, and when the oldest of them was queued.</summary>
    public static async Task<(int Count, DateTime? OldestAtUtc)> WaitingAsync(MarketplaceDbContext db, CancellationToken ct)
    {
        // One query for both figures: the dispatcher asks after every pass.
        var waiting = await db.OutgoingMails.Where(m => m.SentAtUtc == null).GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Oldest = g.Min(m => (DateTime?)m.CreatedAtUtc) }).SingleOrDefaultAsync(ct);
        return (waiting?.Count ?? 0, waiting?.Oldest);
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
