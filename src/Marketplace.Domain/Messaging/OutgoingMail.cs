namespace Marketplace.Domain.Messaging;

/// <summary>A mail waiting to be delivered, written in the same transaction as the step it tells about,
/// so a step that rolls back sends nothing and a step that commits is never without its mail. Delivery
/// retries with growing pauses; a dead mail server leaves mails waiting here, not lost.</summary>
public class OutgoingMail
{
    private OutgoingMail() { }

    public OutgoingMail(string to, string subject, string textBody, DateTime createdAtUtc)
    {
        Id = Guid.NewGuid();
        To = to;
        Subject = subject;
        TextBody = textBody;
        CreatedAtUtc = createdAtUtc;
        NextAttemptAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public int Attempts { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }
    public string? LastError { get; private set; }

    public const int MaxPauseSeconds = 3600;

    public void Sent(DateTime nowUtc) => SentAtUtc = nowUtc;

    /// <summary>Waits 2, 4, 8… seconds after each failure, at most an hour.</summary>
    public void Failed(string error, DateTime nowUtc)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        NextAttemptAtUtc = nowUtc.AddSeconds(Math.Min(MaxPauseSeconds, Math.Pow(2, Math.Min(Attempts, 12))));
    }
}
